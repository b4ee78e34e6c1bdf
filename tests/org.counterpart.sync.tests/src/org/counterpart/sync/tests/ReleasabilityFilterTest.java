package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Engagement;
import org.counterpart.model.Marking;
import org.counterpart.model.Objective;
import org.counterpart.model.Theater;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.sync.ReleasabilityFilter;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which objects and operations may go to a country, on a small hand-made workspace. */
class ReleasabilityFilterTest {

    private static final CounterpartFactory FACTORY = CounterpartFactory.eINSTANCE;

    private Theater theater;
    private Contact released;
    private Contact noforn;
    private Contact inheriting;
    private Objective narrow;
    private Objective widerThanItsContainer;
    private Engagement engagement;
    private ReleasabilityFilter toPartner;

    private static Marking marking(String... relTo) {
        Marking marking = FACTORY.createMarking();
        marking.setClassification(Classification.CUI);
        if (relTo.length == 0) {
            marking.getDisseminationControls().add("NOFORN");
        }
        marking.getRelTo().addAll(List.of(relTo));
        return marking;
    }

    @BeforeEach
    void setUp() {
        theater = FACTORY.createTheater();
        theater.setMarking(marking("USA", "XVM"));
        released = FACTORY.createContact();
        released.setMarking(marking("USA", "XVM", "XKO"));
        noforn = FACTORY.createContact();
        noforn.setMarking(marking());
        inheriting = FACTORY.createContact();
        narrow = FACTORY.createObjective();
        narrow.setMarking(marking("USA"));
        widerThanItsContainer = FACTORY.createObjective();
        widerThanItsContainer.setMarking(marking("USA", "XVM"));
        narrow.getSubObjectives().add(widerThanItsContainer);
        engagement = FACTORY.createEngagement();
        theater.getContacts().addAll(List.of(released, noforn, inheriting));
        theater.getObjectives().add(narrow);
        theater.getEngagements().add(engagement);
        Resource resource = new ResourceImpl();
        resource.getContents().add(theater);
        toPartner = new ReleasabilityFilter(resource, "XVM");
    }

    @Test
    void anObjectGoesWhenItAndEveryContainerListTheCountry() {
        assertTrue(toPartner.isReleasable(theater.getId()));
        assertTrue(toPartner.isReleasable(released.getId()));
        assertTrue(toPartner.isReleasable(inheriting.getId()), "no marking of its own: the theater's applies");
        assertFalse(toPartner.isReleasable(noforn.getId()));
        assertFalse(toPartner.isReleasable(narrow.getId()));
        assertFalse(toPartner.isReleasable(widerThanItsContainer.getId()), "its container is not releasable");
        assertFalse(toPartner.isReleasable("00000000-0000-4000-8000-000000000000"), "not in the workspace");
    }

    @Test
    void unmarkedMeansNoForeignReleaseAndTheOwnerGetsEverything() {
        Marking none = null;
        assertFalse(ReleasabilityFilter.isReleasableTo(none, "XVM"));
        assertTrue(ReleasabilityFilter.isReleasableTo(none, "USA"));
        assertFalse(ReleasabilityFilter.isReleasableTo(marking("USA", "XKO"), "XVM"));
        assertTrue(ReleasabilityFilter.isReleasableTo(marking(), "USA"));

        theater.setMarking(null);
        Resource resource = theater.eResource();
        assertFalse(new ReleasabilityFilter(resource, "XVM").isReleasable(inheriting.getId()));
        assertTrue(new ReleasabilityFilter(resource, "USA").isReleasable(noforn.getId()));
    }

    @Test
    void anOperationGoesWhenItsObjectAndEveryObjectItNamesMay() {
        String feature = "participants";
        assertTrue(toPartner.admits(add(engagement.getId(), feature, released.getId())));
        assertFalse(toPartner.admits(add(engagement.getId(), feature, noforn.getId())), "names a NOFORN contact");
        assertFalse(toPartner.admits(Operation.builder(Kind.REMOVE, engagement.getId()).feature(feature)
                .value(noforn.getId()).build()));
        assertFalse(toPartner.admits(Operation.builder(Kind.SET, noforn.getId()).feature("familyName").value("Ilves").build()));
        assertFalse(toPartner.admits(Operation.builder(Kind.UNSET, noforn.getId()).feature("familyName").build()));
        assertTrue(toPartner.admits(Operation.builder(Kind.SET, released.getId()).feature("familyName").value("Ilves").build()));
        assertTrue(toPartner.admits(Operation.builder(Kind.SET, released.getId()).feature("notes").value(noforn.getId()).build()),
                "text that happens to look like an id is not a reference");
        assertFalse(toPartner.admits(Operation.builder(Kind.SET, released.getId()).feature("affiliation").value(noforn.getId()).build()));
        assertTrue(toPartner.admits(Operation.builder(Kind.SET, released.getId()).feature("affiliation").build()),
                "clearing a reference names nothing");

        assertTrue(toPartner.admits(create(released.getId(), theater.getId(), "contacts")));
        assertFalse(toPartner.admits(create(widerThanItsContainer.getId(), narrow.getId(), "subObjectives")));
        assertFalse(toPartner.admits(Operation.builder(Kind.MOVE, released.getId()).container(narrow.getId(), "subObjectives")
                .build()), "a move into a withheld container");

        assertTrue(toPartner.admits(Operation.builder(Kind.DELETE, noforn.getId()).build()), "a tombstone names ids only");
        assertFalse(toPartner.admits(Operation.builder(Kind.SET, "00000000-0000-4000-8000-000000000000")
                .feature("familyName").value("x").build()), "an object that is not in the workspace");
    }

    private static Operation add(String objectId, String feature, String value) {
        return Operation.builder(Kind.ADD, objectId).feature(feature).value(value).build();
    }

    private static Operation create(String objectId, String container, String feature) {
        return Operation.builder(Kind.CREATE, objectId).eClass("http://counterpart.org/model/1.0#Objective")
                .container(container, feature).build();
    }
}
