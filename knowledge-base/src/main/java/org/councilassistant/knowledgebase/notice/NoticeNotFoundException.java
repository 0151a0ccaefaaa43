package org.councilassistant.knowledgebase.notice;

/** Thrown when there is no notice with the given id. */
public class NoticeNotFoundException extends RuntimeException {

    public NoticeNotFoundException(long id) {
        super("There is no service notice " + id);
    }
}
