package org.counterpart.exercise.internal;

import java.text.MessageFormat;

/**
 * User-visible messages of the exercise bundle, in one place for review and translation. Arguments are names,
 * numbers and file names, never key material or passphrases.
 */
public final class Messages {

    public static final String TIME_MALFORMED = "''{0}'' is not an exercise time; write it as D<day> HH:MM, e.g. D2 14:30.";
    public static final String SCENARIO_NO_TITLE = "The scenario has no title.";
    public static final String OBJECTIVE_TWICE = "Learning objective {0} is defined twice.";
    public static final String INJECT_NUMBER = "Inject number ''{0}'' is not a whole number of 1 or more.";
    public static final String INJECT_TWICE = "Inject number {0} appears twice in the MSEL.";
    public static final String INJECT_UNKNOWN_OBJECTIVE = "Inject {0} serves learning objective ''{1}'', which the scenario does not define.";
    public static final String DELIVERY_UNKNOWN = "''{0}'' is not a delivery; use package, message, document or new-contacts.";
    public static final String CSV_MISSING_COLUMN = "The MSEL file has no column ''{0}''. Nothing was imported.";
    public static final String CSV_ROW = "MSEL line {0}: {1} Nothing was imported.";
    public static final String CSV_COLUMN_COUNT = "the row does not have as many cells as the header.";
    public static final String CSV_MALFORMED = "The MSEL file is not readable CSV: {0}. Nothing was imported.";
    public static final String JSON_MALFORMED = "The scenario document is malformed: {0}.";
    public static final String NEWER_FORMAT = "The scenario uses format {0}, newer than this version of Counterpart reads (format {1}). Update Counterpart to open it.";
    public static final String TRAINEE_NAME = "''{0}'' cannot name a participant: use letters, digits, dots, dashes and underscores (not ''trainer'' or ''authority'').";
    public static final String KIT_EXISTS = "{0} already holds an exercise kit. Nothing was changed.";
    public static final String NOT_IN_KIT = "There is no participant ''{0}'' in the exercise kit {1}.";
    public static final String STORE_EXISTS = "{0} already holds a workspace store; an exercise starts in a new one. Nothing was changed.";
    public static final String TRAINEE_TWICE = "Trainee ''{0}'' is listed twice.";
    public static final String NOT_EXERCISE_AUTHORITY = "{0} is not an exercise authority: exercises are signed and checked only with an exercise''s own authority, never a real one.";
    public static final String TRAINER_NO_CERTIFICATE = "The trainer identity has no certificate from the exercise authority.";
    public static final String NO_TRAINERS = "A scenario package needs at least one trainer to read its answer key.";
    public static final String PACKAGE_REFUSED = "The scenario package was refused: {0} Nothing was changed.";
    public static final String PACKAGE_INCOMPLETE = "it lacks the scenario or the answer key.";
    public static final String PACKAGE_UNEXPECTED_ENTRY = "it holds an unexpected entry ''{0}''.";
    public static final String PACKAGE_TOO_LARGE = "an entry is larger than {0} MiB.";
    public static final String NOT_EXERCISE_STORE = "This store holds real data; scenarios are played only in an exercise store. Nothing was changed.";
    public static final String RUN_ALREADY_STARTED = "This exercise store already plays a scenario. Nothing was changed.";
    public static final String RUN_NOT_STARTED = "This exercise store plays no scenario yet; start one first.";
    public static final String RUN_STORE_FAILED = "The exercise store could not be read or written: {0}";
    public static final String RUN_NO_THEATER = "it holds no theater.";
    public static final String KEY_EXPECTS_DELIVERED = "The answer key expects the trainee to capture contact {0}, but inject {1} brings that contact into the theater: expect a relationship or a grading about it instead.";
    public static final String PACKAGE_OTHER_SCENARIO = "{0} was written by a trainee playing another scenario than \"{1}\"; it is not scored.";
    public static final String PACKAGE_NO_CLOCK = "{0} carries no exercise clock: it was written by a store playing no scenario, or by a version of Counterpart before packages carried it. Score the trainee''s store instead.";
    public static final String PACKAGE_NO_THEATER = "{0} holds no theater.";
    public static final String TRAINEE_PACKAGE_REFUSED = "{0} was refused: {1}";
    public static final String TRAINEE_PACKAGE_UNREADABLE = "{0} could not be opened: {1}";
    public static final String KEY_MISSING_COLUMN = "The answer key file has no column ''{0}''. Nothing was read.";
    public static final String KEY_ROW = "Answer key line {0}: {1} Nothing was read.";
    public static final String KEY_MALFORMED = "The answer key file is not readable CSV: {0}. Nothing was read.";
    public static final String KEY_NO_TEXT = "the {0} has nothing in ''text''.";
    public static final String KEY_NO_OBJECTIVE = "it names no learning objective in 'objective'."; // not a pattern: used as it is
    public static final String KEY_RELATIONSHIP = "a relationship needs its 'target' and its kind in 'relationship'."; // not a pattern
    public static final String KEY_ITEM = "''{0}'' is no item; use title, objective, contact, institution, relationship, grading or finding.";
    public static final String KEY_GRADING = "''{0}'' is no grading; write a letter A-F and a digit 1-6, e.g. B2.";
    public static final String KEY_WITHIN = "''{0}'' is not a number of hours between 0 and 720.";
    public static final String KEY_NO_TITLE = "The answer key file has no title row. Nothing was read.";
    public static final String KEY_UNKNOWN_OBJECTIVE = "The finding ''{0}'' serves learning objective ''{1}'', which the file does not define. Nothing was read.";
    public static final String NO_IDENTITY = "{0} holds no identity (no key store).";
    public static final String NOT_A_TRAINER = "The identity in {0} is not a trainer''s of the exercise authority.";
    public static final String KIT_NO_TRAINEES = "The exercise kit {0} has no trainees.";
    public static final String ENROL_CELLS = "a line names a trainee and, after a comma, their device id; this one has {0} cells.";
    public static final String ENROL_DEVICE = "''{0}'' is not a device id: write it as a UUID, 8-4-4-4-12 hexadecimal digits.";
    public static final String ENROL_DEVICE_TWICE = "device {0} is listed twice.";
    public static final String ENROL_LINE = "Class list line {0}: {1} Nobody was enrolled.";
    public static final String ENROL_EMPTY = "The class list names no trainee. Nobody was enrolled.";
    public static final String ENROL_ALREADY = "Trainee ''{0}'' is already enrolled in the exercise kit {1}. Nobody was enrolled.";
    public static final String ENROL_AUTHORITY = "The exercise authority of the kit {0} cannot be opened: {1} Nobody was enrolled.";
    public static final String ENROL_FAILED = "Enrolling the class failed: {0} Nobody was enrolled; the {1} certificates issued before the failure were revoked.";
    public static final String ENROL_REVOKE_FAILED = "{0} certificates issued before the enrolment stopped could not be revoked; their key stores were deleted and nobody was enrolled.";
    public static final String ORDER_NOT_TRAINER = "This identity is not a trainer''s: clock orders are given by trainers only. Nothing was written.";
    public static final String ORDER_SIGNER_NOT_TRAINER = "its signer is not a trainer of the exercise.";
    public static final String ORDER_NO_RECIPIENTS = "A clock order needs at least one participant to read it.";
    public static final String ORDER_NO_FOLDER = "The clock order folder {0} does not exist. Nothing was written.";
    public static final String ORDER_TOO_LARGE = "it is larger than a clock order can be.";
    public static final String ORDER_REFUSED = "The clock order was refused: {0} Nothing was changed.";
    public static final String ORDER_MALFORMED = "The clock order is malformed: {0}.";
    public static final String ORDER_FOLDER_UNREADABLE = "The clock order folder {0} cannot be read: {1}";

    private Messages() {
    }

    public static String format(String pattern, Object... arguments) {
        return MessageFormat.format(pattern, arguments);
    }
}
