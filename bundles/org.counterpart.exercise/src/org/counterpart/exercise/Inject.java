package org.counterpart.exercise;

import java.util.List;
import java.util.Objects;

/**
 * One line of the Master Scenario Events List: what reaches the trainee, when, how, what a good trainee does
 * with it and which learning objective it serves.
 *
 * @param number         the MSEL number, unique in the scenario
 * @param time           when it is delivered, in exercise time
 * @param delivery       how it reaches the trainee
 * @param title          a short title, shown in the notification
 * @param content        the text delivered (message, document body, package note)
 * @param attachments    names of the attached documents (for {@link DeliveryKind#DOCUMENT})
 * @param newContacts    names of the contacts that appear (for {@link DeliveryKind#NEW_CONTACTS}), "Given Family"
 * @param expectedAction what the trainee is expected to do
 * @param objectiveId    the learning objective served
 */
public record Inject(int number, ExerciseTime time, DeliveryKind delivery, String title, String content,
        List<String> attachments, List<String> newContacts, String expectedAction, String objectiveId) {

    public Inject {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(delivery, "delivery");
        title = Objects.requireNonNullElse(title, "");
        content = Objects.requireNonNullElse(content, "");
        attachments = List.copyOf(attachments);
        newContacts = List.copyOf(newContacts);
        expectedAction = Objects.requireNonNullElse(expectedAction, "");
        objectiveId = Objects.requireNonNullElse(objectiveId, "");
    }
}
