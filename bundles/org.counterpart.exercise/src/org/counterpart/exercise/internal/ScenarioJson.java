package org.counterpart.exercise.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.AnswerKey.EntityKind;
import org.counterpart.exercise.AnswerKey.ExpectedEntity;
import org.counterpart.exercise.AnswerKey.ExpectedFinding;
import org.counterpart.exercise.AnswerKey.ExpectedGrading;
import org.counterpart.exercise.AnswerKey.ExpectedRelationship;
import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.LearningObjective;
import org.counterpart.exercise.Scenario;
import org.counterpart.exercise.ScenarioException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Scenarios and answer keys as JSON (RFC 8259), the entries of a scenario package. Read through a small generic
 * tree of maps, lists and scalars: the documents are small, and every value is then checked with a message that
 * names the field.
 */
public final class ScenarioJson {

    public static final int FORMAT = 1;
    private static final int MAX_DOCUMENT_CHARS = 8 << 20;

    private ScenarioJson() {
    }

    public static byte[] encode(Scenario scenario) {
        return write(json -> {
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeStringField("title", scenario.title());
            json.writeNumberField("theaterSeed", scenario.theaterSeed());
            json.writeArrayFieldStart("objectives");
            for (LearningObjective objective : scenario.objectives()) {
                json.writeStartObject();
                json.writeStringField("id", objective.id());
                json.writeStringField("text", objective.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("msel");
            for (Inject inject : scenario.msel()) {
                json.writeStartObject();
                json.writeNumberField("number", inject.number());
                json.writeStringField("time", inject.time().toString());
                json.writeStringField("delivery", inject.delivery().label());
                json.writeStringField("title", inject.title());
                json.writeStringField("content", inject.content());
                strings(json, "attachments", inject.attachments());
                strings(json, "newContacts", inject.newContacts());
                json.writeStringField("expectedAction", inject.expectedAction());
                json.writeStringField("objective", inject.objectiveId());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public static byte[] encode(AnswerKey key) {
        return write(json -> {
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeArrayFieldStart("entities");
            for (ExpectedEntity entity : key.entities()) {
                json.writeStartObject();
                json.writeStringField("kind", entity.kind().name().toLowerCase());
                json.writeStringField("name", entity.name());
                json.writeNumberField("inject", entity.inject());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("relationships");
            for (ExpectedRelationship relationship : key.relationships()) {
                json.writeStartObject();
                json.writeStringField("source", relationship.source());
                json.writeStringField("target", relationship.target());
                json.writeStringField("kind", relationship.kind());
                json.writeNumberField("inject", relationship.inject());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("gradings");
            for (ExpectedGrading grading : key.gradings()) {
                json.writeStartObject();
                json.writeStringField("about", grading.about());
                json.writeStringField("grade", "" + grading.reliability() + grading.credibility());
                json.writeNumberField("inject", grading.inject());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (ExpectedFinding finding : key.findings()) {
                json.writeStartObject();
                json.writeStringField("objective", finding.objectiveId());
                json.writeStringField("phrase", finding.phrase());
                json.writeNumberField("inject", finding.inject());
                json.writeStringField("within", finding.within().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public static Scenario decodeScenario(byte[] bytes) throws ScenarioException {
        Map<String, Object> root = object(parse(bytes), "scenario");
        checkFormat(root);
        List<LearningObjective> objectives = new ArrayList<>();
        for (Object item : list(root, "objectives")) {
            Map<String, Object> o = object(item, "objectives");
            objectives.add(new LearningObjective(string(o, "id"), string(o, "text")));
        }
        List<Inject> msel = new ArrayList<>();
        for (Object item : list(root, "msel")) {
            Map<String, Object> i = object(item, "msel");
            DeliveryKind delivery = DeliveryKind.fromLabel(string(i, "delivery"));
            if (delivery == null) {
                throw new ScenarioException(Messages.format(Messages.DELIVERY_UNKNOWN, string(i, "delivery")));
            }
            msel.add(new Inject((int) number(i, "number"), ExerciseTime.parse(string(i, "time")), delivery,
                    string(i, "title"), string(i, "content"), strings(i, "attachments"), strings(i, "newContacts"),
                    string(i, "expectedAction"), string(i, "objective")));
        }
        return new Scenario(string(root, "title"), number(root, "theaterSeed"), objectives, msel).requireValid();
    }

    public static AnswerKey decodeAnswerKey(byte[] bytes) throws ScenarioException {
        Map<String, Object> root = object(parse(bytes), "answer key");
        checkFormat(root);
        try {
            List<ExpectedEntity> entities = new ArrayList<>();
            for (Object item : list(root, "entities")) {
                Map<String, Object> e = object(item, "entities");
                entities.add(new ExpectedEntity(EntityKind.valueOf(string(e, "kind").toUpperCase()), string(e, "name"),
                        (int) number(e, "inject")));
            }
            List<ExpectedRelationship> relationships = new ArrayList<>();
            for (Object item : list(root, "relationships")) {
                Map<String, Object> r = object(item, "relationships");
                relationships.add(new ExpectedRelationship(string(r, "source"), string(r, "target"), string(r, "kind"),
                        (int) number(r, "inject")));
            }
            List<ExpectedGrading> gradings = new ArrayList<>();
            for (Object item : list(root, "gradings")) {
                Map<String, Object> g = object(item, "gradings");
                String grade = string(g, "grade");
                if (grade.length() != 2) {
                    throw new IllegalArgumentException("grade " + grade);
                }
                gradings.add(new ExpectedGrading(string(g, "about"), grade.charAt(0), grade.charAt(1) - '0',
                        (int) number(g, "inject")));
            }
            List<ExpectedFinding> findings = new ArrayList<>();
            for (Object item : list(root, "findings")) {
                Map<String, Object> f = object(item, "findings");
                findings.add(new ExpectedFinding(string(f, "objective"), string(f, "phrase"), (int) number(f, "inject"),
                        Duration.parse(string(f, "within"))));
            }
            return new AnswerKey(entities, relationships, gradings, findings);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, e.getMessage()), e);
        }
    }

    // ------------------------------------------------------------------ writing

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            body.write(json);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    // ------------------------------------------------------------------ reading

    private static Object parse(byte[] bytes) throws ScenarioException {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_DOCUMENT_CHARS)
                        .maxNestingDepth(16).build())
                .build();
        try (JsonParser parser = factory.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, "empty"));
            }
            Object value = value(parser, first);
            if (parser.nextToken() != null) {
                throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, "content after the document"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, e.getMessage()), e);
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException, ScenarioException {
        switch (token) {
        case START_OBJECT: {
            Map<String, Object> map = new TreeMap<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String name = parser.currentName();
                if (map.put(name, value(parser, parser.nextToken())) != null) {
                    throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, "'" + name + "' appears twice"));
                }
            }
            return map;
        }
        case START_ARRAY: {
            List<Object> list = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                list.add(value(parser, t));
            }
            return list;
        }
        case VALUE_STRING:
            return parser.getText();
        case VALUE_NUMBER_INT:
            return parser.getLongValue();
        default:
            throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, "unexpected " + token));
        }
    }

    private static void checkFormat(Map<String, Object> root) throws ScenarioException {
        long format = number(root, "format");
        if (format > FORMAT) {
            throw new ScenarioException(Messages.format(Messages.NEWER_FORMAT, format, FORMAT));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) throws ScenarioException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, "'" + what + "' is not an object"));
    }

    private static List<?> list(Map<String, Object> object, String field) throws ScenarioException {
        if (object.get(field) instanceof List<?> list) {
            return list;
        }
        throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, "'" + field + "' is missing or not a list"));
    }

    private static String string(Map<String, Object> object, String field) throws ScenarioException {
        if (object.get(field) instanceof String text) {
            return text;
        }
        throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, "'" + field + "' is missing or not text"));
    }

    private static long number(Map<String, Object> object, String field) throws ScenarioException {
        if (object.get(field) instanceof Long n) {
            return n;
        }
        throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, "'" + field + "' is missing or not a whole number"));
    }

    private static List<String> strings(Map<String, Object> object, String field) throws ScenarioException {
        List<String> values = new ArrayList<>();
        for (Object item : list(object, field)) {
            if (!(item instanceof String text)) {
                throw new ScenarioException(Messages.format(Messages.JSON_MALFORMED, "'" + field + "' holds a non-text value"));
            }
            values.add(text);
        }
        return values;
    }
}
