package org.councilassistant.webchat.staff;

import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.councilassistant.core.staffintent.RuntimeCatalogue;
import org.councilassistant.core.staffintent.StaffIntent;
import org.councilassistant.core.staffintent.StaffIntentNotFoundException;
import org.councilassistant.core.staffintent.StaffIntents;
import org.councilassistant.intents.catalogue.IntentDefinition;
import org.councilassistant.intents.catalogue.IntentKind;
import org.councilassistant.intents.language.Language;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intents for staff ({@code /api/staff}, EDITOR role): every intent, bundled and staff's, for the console's
 * pick lists; adding, changing and deleting staff's own; the tasks one may start; and the log of changes.
 * A change applies at once to what the assistant does; the models learn new phrases when staff retrain.
 */
@RestController
@RequestMapping("/api/staff")
class IntentApiController {

    private static final int CHANGES_SHOWN = 50;

    private final RuntimeCatalogue catalogue;
    private final StaffIntents staffIntents;
    /** The bundled intents with their phrase counts, which cannot change while the assistant runs. */
    private final List<IntentSummary> bundled;

    IntentApiController(RuntimeCatalogue catalogue, StaffIntents staffIntents) {
        this.catalogue = catalogue;
        this.staffIntents = staffIntents;
        this.bundled = catalogue.bundled().all().stream()
                .map(intent -> IntentSummary.bundled(intent, phrases(Language.ENGLISH, intent),
                        phrases(Language.WELSH, intent)))
                .toList();
    }

    /** Every intent, bundled and staff's, by name. */
    @GetMapping("/intents")
    List<IntentSummary> intents() {
        List<IntentSummary> all = new ArrayList<>(bundled);
        staffIntents.all().forEach(intent -> all.add(IntentSummary.staff(intent)));
        all.sort(Comparator.comparing(IntentSummary::id));
        return all;
    }

    @GetMapping("/intents/{name}")
    IntentView intent(@PathVariable String name) {
        return IntentView.of(staffIntent(name));
    }

    @PostMapping("/intents")
    ResponseEntity<IntentView> create(@RequestBody IntentForm form, Principal staff) {
        StaffIntent created = staffIntents.create(form.content(), staff.getName());
        return ResponseEntity.created(URI.create("/api/staff/intents/" + created.name())).body(IntentView.of(created));
    }

    /** Replaces the intent's phrases and action; its name cannot change. */
    @PutMapping("/intents/{name}")
    IntentView update(@PathVariable String name, @RequestBody IntentForm form, Principal staff) {
        return IntentView.of(staffIntents.update(name, form.content(), staff.getName()));
    }

    @DeleteMapping("/intents/{name}")
    ResponseEntity<Void> delete(@PathVariable String name, Principal staff) {
        staffIntents.delete(name, staff.getName());
        return ResponseEntity.noContent().build();
    }

    /** The tasks a staff intent may start, named by the intents that start them. */
    @GetMapping("/tasks")
    List<IntentDefinition> tasks() {
        Map<String, IntentDefinition> known = catalogue.bundled().all().stream()
                .collect(Collectors.toMap(IntentDefinition::id, Function.identity()));
        return staffIntents.tasks().stream()
                .map(task -> known.getOrDefault(task, new IntentDefinition(task, IntentKind.TASK, "")))
                .toList();
    }

    /** Who added, changed and deleted staff intents, newest first. */
    @GetMapping("/intent-changes")
    List<StaffIntents.Change> changes() {
        return staffIntents.recentChanges(CHANGES_SHOWN);
    }

    private StaffIntent staffIntent(String name) {
        return staffIntents.find(name).orElseThrow(() -> new StaffIntentNotFoundException(name));
    }

    private static int phrases(Language language, IntentDefinition intent) {
        return CouncilTrainingData.phrases(language.code(), intent.id()).size();
    }
}
