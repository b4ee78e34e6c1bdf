package org.counterpart.exercise.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.DiagramLayout;
import org.counterpart.diagram.render.DiagramRenderer;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.AnswerKey.EntityKind;
import org.counterpart.exercise.AnswerKey.ExpectedEntity;
import org.counterpart.exercise.AnswerKey.ExpectedRelationship;
import org.counterpart.exercise.TraineeScore;
import org.counterpart.model.Actor;
import org.counterpart.model.Confidence;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Disposition;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.Theater;

/**
 * The answer key's actors and relationships drawn on the shipped Contact network diagram, through the viewpoint
 * engine's headless rendering: a relationship's line is as wide as the number of trainees who found it, and dashed
 * (the spec's style for low confidence) when nobody did; a contact found by every trainee is green, by some pale
 * green, by none grey (not in the answer key's entities: grey too).
 */
public final class FindingsDiagram {

    private FindingsDiagram() {
    }

    public static String svg(AnswerKey key, List<TraineeScore> scores) throws IOException {
        Theater theater = theater(key, scores);
        LoadedSpec spec;
        try {
            spec = SpecRegistry.shipped().get("contactNetwork")
                    .orElseThrow(() -> new IOException("the Contact network spec is not shipped"));
        } catch (InvalidSpecException e) {
            throw new IOException("the shipped diagram specs do not load: " + e.getMessage(), e);
        }
        DiagramInterpreter interpreter = new DiagramInterpreter(spec);
        Diagram diagram = interpreter.interpret(theater, interpreter.defaultLayers(), java.util.Set.of());
        Arrangement arrangement = new DiagramLayout().arrange(diagram, null).arrangement();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramRenderer.writeSvg(diagram, arrangement, out);
        String svg = out.toString(StandardCharsets.UTF_8);
        // inline in HTML: no XML declaration
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    static Theater theater(AnswerKey key, List<TraineeScore> scores) {
        CounterpartFactory model = CounterpartFactory.eINSTANCE;
        Theater theater = model.createTheater();
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (ExpectedEntity entity : key.entities()) {
            actors.computeIfAbsent(AnswerKey.normalized(entity.name()), name -> actor(theater, entity.kind(), entity.name()));
        }
        for (ExpectedRelationship expected : key.relationships()) {
            Actor source = actors.computeIfAbsent(AnswerKey.normalized(expected.source()),
                    name -> actor(theater, EntityKind.CONTACT, expected.source()));
            Actor target = actors.computeIfAbsent(AnswerKey.normalized(expected.target()),
                    name -> actor(theater, EntityKind.CONTACT, expected.target()));
            long foundBy = scores.stream().filter(score -> score.foundRelationships().contains(expected)).count();
            Relationship relationship = model.createRelationship();
            relationship.setSource(source);
            relationship.setTarget(target);
            RelationshipKind kind = RelationshipKind.get(expected.kind());
            relationship.setKind(kind == null ? RelationshipKind.INFLUENCES : kind);
            relationship.setStrength((int) Math.max(1, Math.min(5, foundBy)));
            relationship.setConfidence(foundBy == 0 ? Confidence.LOW : Confidence.HIGH);
            theater.getRelationships().add(relationship);
        }
        Map<String, Long> foundBy = new LinkedHashMap<>();
        for (TraineeScore score : scores) {
            score.foundEntities().forEach(entity -> foundBy.merge(AnswerKey.normalized(entity.name()), 1L, Long::sum));
        }
        colourContacts(theater, foundBy, scores.size());
        return theater;
    }

    private static Actor actor(Theater theater, EntityKind kind, String name) {
        CounterpartFactory model = CounterpartFactory.eINSTANCE;
        if (kind == EntityKind.INSTITUTION) {
            PartnerInstitution institution = model.createPartnerInstitution();
            institution.setName(name);
            theater.getInstitutions().add(institution);
            return institution;
        }
        Contact contact = model.createContact();
        int space = name.strip().lastIndexOf(' ');
        contact.setGivenName(space < 0 ? "" : name.strip().substring(0, space));
        contact.setFamilyName(space < 0 ? name.strip() : name.strip().substring(space + 1));
        theater.getContacts().add(contact);
        return contact;
    }

    /** Colours the contacts by how many trainees captured them: every one, some, none. */
    static void colourContacts(Theater theater, Map<String, Long> foundBy, int trainees) {
        for (Contact contact : theater.getContacts()) {
            long found = foundBy.getOrDefault(
                    AnswerKey.normalized(contact.getGivenName() + " " + contact.getFamilyName()), 0L);
            contact.setDisposition(found == 0 ? Disposition.UNKNOWN
                    : found >= trainees ? Disposition.SUPPORTIVE : Disposition.RECEPTIVE);
        }
    }
}
