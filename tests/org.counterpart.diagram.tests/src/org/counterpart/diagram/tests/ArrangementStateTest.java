package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.Arrangement.Point;
import org.counterpart.diagram.layout.ArrangementEdit;
import org.counterpart.diagram.layout.DeviceViews;
import org.counterpart.diagram.layout.StoredArrangements;
import org.counterpart.diagram.state.DiagramState;
import org.counterpart.diagram.state.DiagramStates;
import org.counterpart.diagram.state.StatePackage;
import org.counterpart.model.Contact;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arrangements stored as diagram state: one command per gesture, undoable, read back as an Arrangement. */
class ArrangementStateTest {
	@TempDir
	Path dir;

	private static Resource workspace(Theater theater) {
		Resource resource = new XMIResourceFactoryImpl().createResource(URI.createURI("memory:/workspace.xmi"));
		resource.getContents().add(theater);
		return resource;
	}

	@Test
	void aGestureIsOneUndoableCommandAndReadsBackAsAnArrangement() {
		Theater theater = new DemoCountryGenerator(3, 1).generate();
		Resource resource = workspace(theater);
		Contact contact = theater.getContacts().get(0);
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(new ArrangementEdit(resource, "contactNetwork", theater, "Arrange")
				.bounds("person:" + contact.getId(), contact, new Bounds(10, 20, 120, 40.5))
				.pinned("person:" + contact.getId(), contact, true)
				.bendpoints("rel:1", contact, List.of(new Point(1, 2), new Point(3.25, 4))));
		assertEquals(2, resource.getContents().size(), "the states are an extra root");
		assertTrue(resource.getContents().get(1) instanceof DiagramStates);

		Arrangement arrangement = StoredArrangements.read(resource, "contactNetwork", theater);
		assertEquals(new Bounds(10, 20, 120, 40.5), arrangement.bounds("person:" + contact.getId()));
		assertTrue(arrangement.isPinned("person:" + contact.getId()));
		assertEquals(List.of(new Point(1, 2), new Point(3.25, 4)), arrangement.bendpoints("rel:1"));

		// a drag: many mouse moves, one command, one notification of one attribute
		List<Notification> notifications = new ArrayList<>();
		resource.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
					notifications.add(notification);
				}
			}
		});
		stack.execute(new ArrangementEdit(resource, "contactNetwork", theater, "Move").bounds("person:" + contact.getId(), contact,
				new Bounds(300, 20, 120, 40.5)));
		assertEquals(1, notifications.size());
		assertSame(StatePackage.Literals.NODE_STATE__BOUNDS, notifications.get(0).getFeature());
		assertEquals(new Bounds(300, 20, 120, 40.5), StoredArrangements.read(resource, "contactNetwork", theater).bounds("person:" + contact.getId()));

		stack.undo();
		assertEquals(new Bounds(10, 20, 120, 40.5), StoredArrangements.read(resource, "contactNetwork", theater).bounds("person:" + contact.getId()));
		stack.undo();
		assertEquals(1, resource.getContents().size(), "undo removes the states it created");
		assertTrue(StoredArrangements.read(resource, "contactNetwork", theater).placedNodes().isEmpty());
		stack.redo();
		assertEquals(new Bounds(10, 20, 120, 40.5), StoredArrangements.read(resource, "contactNetwork", theater).bounds("person:" + contact.getId()));
	}

	@Test
	void statesHaveIdsDerivedFromWhatTheyDescribe() {
		Theater theater = new DemoCountryGenerator(3, 1).generate();
		Theater same = EcoreUtil.copy(theater);
		Resource one = workspace(theater);
		Resource two = workspace(same);
		new ArrangementEdit(one, "contactNetwork", theater, "Move").bounds("k", theater.getContacts().get(0), new Bounds(0, 0, 1, 1)).execute();
		new ArrangementEdit(two, "contactNetwork", same, "Move").bounds("k", same.getContacts().get(0), new Bounds(5, 5, 1, 1)).execute();
		DiagramState a = StoredArrangements.find(one, "contactNetwork", theater).orElseThrow();
		DiagramState b = StoredArrangements.find(two, "contactNetwork", same).orElseThrow();
		assertEquals(a.getId(), b.getId());
		assertEquals(a.getNodes().get(0).getId(), b.getNodes().get(0).getId(), "two devices arranging one node make one object");
		assertEquals(((DiagramStates)one.getContents().get(1)).getId(), ((DiagramStates)two.getContents().get(1)).getId());
	}

	@Test
	void theStateLoadsOutsideOsgiFromItsRegisteredPackage() throws Exception {
		Theater theater = new DemoCountryGenerator(3, 1).generate();
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = set.createResource(URI.createFileURI(dir.resolve("w.xmi").toString()));
		resource.getContents().add(theater);
		new ArrangementEdit(resource, "objectiveTree", theater, "Move").bounds("k", theater, new Bounds(1, 2, 3, 4)).execute();
		resource.save(null);
		ResourceSet other = new ResourceSetImpl();
		other.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource loaded = other.getResource(URI.createFileURI(dir.resolve("w.xmi").toString()), true);
		EObject root = loaded.getContents().get(0);
		assertEquals(new Bounds(1, 2, 3, 4), StoredArrangements.read(loaded, "objectiveTree", root).bounds("k"));
		assertSame(root, StoredArrangements.find(loaded, "objectiveTree", root).orElseThrow().getNodes().get(0).getSemantic());
	}

	@Test
	void valuesThatAreNotBoundsOrBendpointsAreLeftOut() {
		assertNull(StoredArrangements.parseBounds("1 2 3"));
		assertNull(StoredArrangements.parseBounds("1 2 -3 4"));
		assertNull(StoredArrangements.parseBounds("a b c d"));
		assertNull(StoredArrangements.parseBounds("NaN 1 1 1"));
		assertNull(StoredArrangements.parseBendpoints("1,2 3"));
		assertNull(StoredArrangements.parseBendpoints("1,x"));
		assertEquals(List.of(), StoredArrangements.parseBendpoints(""));
		assertEquals("1 2.5 3 4", StoredArrangements.formatBounds(new Bounds(1, 2.5, 3, 4)));
	}

	@Test
	void viewsStayOnTheDeviceInAFileBesideTheStore() throws Exception {
		DeviceViews views = DeviceViews.beside(dir);
		assertTrue(views.get("contactNetwork", "t1").isEmpty());
		views.put("contactNetwork", "t1", new DeviceViews.View(1.5, 100, -20, Set.of("engagements"), Set.of("weakTies")));
		views.put("institutionChart", "t1", new DeviceViews.View(0.5, 0, 0, Set.of(), Set.of()));
		DeviceViews again = DeviceViews.beside(dir);
		assertEquals(new DeviceViews.View(1.5, 100, -20, Set.of("engagements"), Set.of("weakTies")), again.get("contactNetwork", "t1").orElseThrow());
		assertEquals(Set.of(), again.get("institutionChart", "t1").orElseThrow().layers());
		assertTrue(Files.isRegularFile(dir.resolve(DeviceViews.FILE_NAME)));
		assertThrows(IllegalArgumentException.class, () -> new DeviceViews.View(0, 0, 0, Set.of(), Set.of()));
		Files.writeString(dir.resolve(DeviceViews.FILE_NAME), "contactNetwork/t1.zoom=lots\n");
		assertFalse(DeviceViews.beside(dir).get("contactNetwork", "t1").isPresent(), "an unreadable view is no view");
	}
}
