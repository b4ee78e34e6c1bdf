package org.counterpart.exercise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.counterpart.model.Attachment;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;

/**
 * What an inject brings into the trainee's theater besides its notification: the contacts of a
 * {@link DeliveryKind#NEW_CONTACTS new-contacts} inject, and an ungraded draft observation for a
 * {@link DeliveryKind#DOCUMENT document} (with its attachments) or a {@link DeliveryKind#PACKAGE package} from
 * another team. A message brings nothing: the trainee records it.
 * <p>
 * Material is created by exercise control ({@link #CONTROL} in {@code createdBy}), so the {@link Scorer} never counts
 * it as the trainee's capture; a trainee earns credit for what they do with it (relationships, gradings, reports).
 * Its ids are derived from the scenario's title, the inject's number and the item's place, so creating it twice (a
 * restart between creating and noting it) finds it there and adds nothing.
 */
public final class InjectMaterial {

    /** Who creates inject material, in its {@code createdBy} and an observation's {@code author}. */
    public static final String CONTROL = "Exercise control";

    private static final String TEXT_MEDIA_TYPE = "text/plain; charset=UTF-8";

    private final List<Identified> objects;
    private final Map<String, byte[]> attachmentContents;

    private InjectMaterial(List<Identified> objects, Map<String, byte[]> attachmentContents) {
        this.objects = List.copyOf(objects);
        this.attachmentContents = attachmentContents;
    }

    /** Whether {@code inject} brings material into the theater. */
    public static boolean bringsMaterial(Inject inject) {
        return switch (inject.delivery()) {
        case NEW_CONTACTS -> !inject.newContacts().isEmpty();
        case DOCUMENT, PACKAGE -> true;
        case MESSAGE -> false;
        };
    }

    /** Whether {@code object} is inject material rather than the trainee's own work. */
    public static boolean isControlMaterial(Identified object) {
        return CONTROL.equals(object.getCreatedBy());
    }

    /**
     * The material of {@code inject} in {@code scenario} that {@code theater} lacks, created at wall time {@code at}
     * and not yet added: contacts already in the theater (by id, or by name for a contact the trainee recorded before
     * the inject named it) are left out.
     */
    public static InjectMaterial missingFrom(Theater theater, Scenario scenario, Inject inject, Instant at) {
        CounterpartFactory model = CounterpartFactory.eINSTANCE;
        Set<String> present = new HashSet<>();
        theater.eAllContents().forEachRemaining(object -> {
            if (object instanceof Identified identified && identified.getId() != null) {
                present.add(identified.getId());
            }
        });
        Set<String> names = new HashSet<>();
        theater.getContacts().forEach(contact -> names.add(fullName(contact.getGivenName(), contact.getFamilyName())));
        List<Identified> objects = new ArrayList<>();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Date when = Date.from(at);
        switch (inject.delivery()) {
        case NEW_CONTACTS -> {
            int place = 0;
            for (String name : inject.newContacts()) {
                String id = id(scenario, inject, "contact", place++);
                String[] parts = split(name);
                if (present.contains(id) || names.contains(fullName(parts[0], parts[1]))) {
                    continue;
                }
                Contact contact = model.createContact();
                contact.setGivenName(parts[0]);
                contact.setFamilyName(parts[1]);
                contact.setNotes(inject.content());
                objects.add(control(contact, id, when));
            }
        }
        case DOCUMENT, PACKAGE -> {
            String id = id(scenario, inject, "observation", 0);
            if (!present.contains(id)) {
                FieldObservation observation = model.createFieldObservation();
                observation.setText(inject.title() + ": " + inject.content());
                observation.setAuthor(CONTROL);
                observation.setObservedAt(when);
                observation.setRecordedAt(when);
                observation.setStatus(ObservationStatus.DRAFT);
                observation.setSourceReliability(SourceReliability.UNGRADED);
                observation.setInformationCredibility(InformationCredibility.UNGRADED);
                int place = 0;
                for (String fileName : inject.attachments()) {
                    byte[] content = attachmentText(inject, fileName).getBytes(StandardCharsets.UTF_8);
                    String hash = sha256(content);
                    Attachment attachment = model.createAttachment();
                    attachment.setFileName(fileName);
                    attachment.setMediaType(TEXT_MEDIA_TYPE);
                    attachment.setSize(content.length);
                    attachment.setSha256(hash);
                    observation.getAttachments().add(control(attachment, id(scenario, inject, "attachment", place++), when));
                    contents.put(hash, content);
                }
                objects.add(control(observation, id, when));
            }
        }
        case MESSAGE -> {
            // a message reaches the trainee as its notification only
        }
        }
        return new InjectMaterial(objects, contents);
    }

    /** The contacts and observations to add to the theater, in the inject's order. */
    public List<Identified> objects() {
        return objects;
    }

    public List<Contact> contacts() {
        return objects.stream().filter(Contact.class::isInstance).map(Contact.class::cast).toList();
    }

    public List<FieldObservation> observations() {
        return objects.stream().filter(FieldObservation.class::isInstance).map(FieldObservation.class::cast).toList();
    }

    /** The content of each attachment, by SHA-256, for the store to keep before the objects refer to it. */
    public Map<String, byte[]> attachmentContents() {
        return attachmentContents;
    }

    public boolean isEmpty() {
        return objects.isEmpty();
    }

    /** Adds the objects to {@code theater} directly (a store's own model, outside any editor). */
    public void addTo(Theater theater) {
        theater.getContacts().addAll(contacts());
        theater.getObservations().addAll(observations());
    }

    /**
     * The stand-in for a document an MSEL names: the scenario carries the document's name and the inject's text, not
     * the file, so the trainee is given a text page saying what the document holds.
     */
    private static String attachmentText(Inject inject, String fileName) {
        return fileName + "\n\n" + inject.title() + "\n\n" + inject.content() + "\n\n(Exercise document, inject "
                + inject.number() + ".)\n";
    }

    private static <T extends Identified> T control(T object, String id, Date when) {
        object.setId(id);
        object.setCreatedAt(when);
        object.setCreatedBy(CONTROL);
        return object;
    }

    private static String id(Scenario scenario, Inject inject, String kind, int place) {
        String name = "counterpart exercise material\n" + scenario.title() + "\n" + inject.number() + "\n" + kind + "\n"
                + place;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** "Given Family": the family name is the last word. */
    private static String[] split(String name) {
        String strip = name.strip();
        int space = strip.lastIndexOf(' ');
        return space < 0 ? new String[] { "", strip } : new String[] { strip.substring(0, space).strip(), strip.substring(space + 1) };
    }

    private static String fullName(String given, String family) {
        return AnswerKey.normalized((given == null ? "" : given) + " " + (family == null ? "" : family));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
