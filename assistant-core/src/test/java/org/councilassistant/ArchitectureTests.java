package org.councilassistant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inwards: channels and the server depend on the core, never the other way round, and the
 * intent and knowledge-base modules know nothing of the engine that uses them. The assistant-core test classpath
 * holds the intents, knowledge-base and core classes, so all three are checked here.
 */
class ArchitectureTests {

    private static final String CORE = "org.councilassistant.core..";
    private static final String INTENTS = "org.councilassistant.intents..";
    private static final String KNOWLEDGE_BASE = "org.councilassistant.knowledgebase..";

    private static JavaClasses classes;

    @BeforeAll
    static void importTheAssistantClasses() {
        classes = new ClassFileImporter().importPackages("org.councilassistant");
    }

    @Test
    void importsTheClassesOfEveryModuleUnderCheck() {
        assertThat(classes.containPackage("org.councilassistant.core.conversation")).isTrue();
        assertThat(classes.containPackage("org.councilassistant.intents")).isTrue();
        assertThat(classes.containPackage("org.councilassistant.knowledgebase")).isTrue();
    }

    @Test
    void coreDoesNotDependOnChannelsOrTheServer() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.councilassistant.webchat..", "org.councilassistant.alexa..", "org.councilassistant.server..")
                .because("channels and the server are adapters around the channel-neutral core")
                .check(classes);
    }

    @Test
    void intentsDoNotDependOnTheCore() {
        noClasses().that().resideInAPackage(INTENTS)
                .should().dependOnClassesThat().resideInAPackage(CORE)
                .because("the core uses the intent classifier, not the other way round")
                .check(classes);
    }

    @Test
    void knowledgeBaseDoesNotDependOnTheCore() {
        noClasses().that().resideInAPackage(KNOWLEDGE_BASE)
                .should().dependOnClassesThat().resideInAPackage(CORE)
                .because("the core answers from the knowledge base, not the other way round")
                .check(classes);
    }

    @Test
    void intentsDoNotDependOnSpring() {
        noClasses().that().resideInAPackage(INTENTS)
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the intent classifier is plain Java, usable from the Alexa skill and the benchmarks alike")
                .check(classes);
    }
}
