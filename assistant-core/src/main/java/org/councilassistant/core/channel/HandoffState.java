package org.councilassistant.core.channel;

/**
 * The resident's side of a handoff to a person, for the channel to show ("waiting — you are number 3").
 *
 * @param status {@code queued}, {@code connected}, {@code ended}, {@code cancelled}, or {@code callback} when the
 *     contact centre is closed and the resident may leave a callback request
 * @param position place in the queue while queued (1 = next), else 0
 */
public record HandoffState(String status, int position) {

    public static HandoffState queued(int position) {
        return new HandoffState("queued", position);
    }

    public static HandoffState callbackOffered() {
        return new HandoffState("callback", 0);
    }
}
