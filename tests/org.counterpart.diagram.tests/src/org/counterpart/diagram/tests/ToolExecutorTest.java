package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.ChangeContext;
import org.counterpart.diagram.spec.CreateEdgeTool;
import org.counterpart.diagram.spec.CreateInstance;
import org.counterpart.diagram.spec.CreateNodeTool;
import org.counterpart.diagram.spec.DeleteTool;
import org.counterpart.diagram.spec.DirectEditTool;
import org.counterpart.diagram.spec.Mapping;
import org.counterpart.diagram.spec.ReconnectEnd;
import org.counterpart.diagram.spec.ReconnectTool;
import org.counterpart.diagram.spec.SetValue;
import org.counterpart.diagram.spec.SpecFactory;
import org.counterpart.diagram.spec.Tool;
import org.counterpart.diagram.tool.ToolCommand;
import org.counterpart.diagram.tool.ToolException;
import org.counterpart.diagram.tool.ToolExecutor;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.model.Contact;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spec's tools run as one undoable command each, on the demo country, through an editing domain's stack. */
class ToolExecutorTest {
	private static SpecRegistry registry;
	private Theater theater;
	private AdapterFactoryEditingDomain domain;
	private BasicCommandStack stack;

	@BeforeAll
	static void load() throws InvalidSpecException {
		registry = SpecRegistry.shipped();
	}

	@BeforeEach
	void demo() {
		theater = new DemoCountryGenerator(5, 1).generate();
		stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
		Resource resource = new ResourceImpl(URI.createURI("memory:/theater"));
		resource.getContents().add(theater);
		domain.getResourceSet().getResources().add(resource);
	}

	private static LoadedSpec spec(String name) {
		return registry.get(name).orElseThrow();
	}

	private static <T extends Tool> T tool(LoadedSpec spec, Class<T> type, String name) {
		return new ToolExecutor(spec, new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack()))
				.tools(Set.of()).stream().filter(type::isInstance).map(type::cast).filter(tool -> tool.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no tool " + name));
	}

	private static Mapping mapping(LoadedSpec spec, String name) {
		return spec.spec().getLayers().stream().flatMap(layer -> java.util.stream.Stream.concat(layer.getNodeMappings().stream(), layer.getEdgeMappings().stream()))
				.filter(mapping -> mapping.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void createNodeToolAddsAContactThatTheDiagramShowsAndUndoTakesItBack() {
		LoadedSpec network = spec("contactNetwork");
		ToolExecutor executor = new ToolExecutor(network, domain);
		executor.setCreationHook(object -> ((Contact) object).setCreatedBy("test officer"));
		int before = theater.getContacts().size();

		ToolCommand command = executor.createNode(tool(network, CreateNodeTool.class, "newContact"), theater, theater, "Create Contact");
		stack.execute(command);

		assertNull(command.failure());
		assertEquals(before + 1, theater.getContacts().size());
		Contact created = (Contact) command.created().get(0);
		assertSame(created, theater.getContacts().get(before));
		assertEquals("New contact", created.getFamilyName());
		assertEquals("test officer", created.getCreatedBy());
		assertNotNull(created.getId(), "the factory gave it an id");
		Diagram diagram = new DiagramInterpreter(network).interpret(theater, Set.of(), Set.of());
		assertTrue(diagram.allNodes().stream().anyMatch(node -> node.target() == created), "the diagram shows the new contact");
		assertEquals("Create Contact", stack.getUndoCommand().getLabel());

		stack.undo();
		assertEquals(before, theater.getContacts().size());
		assertNull(created.eContainer());
		stack.redo();
		assertSame(created, theater.getContacts().get(before));
		assertEquals("New contact", created.getFamilyName());
	}

	@Test
	void createEdgeToolRelatesTwoContactsOnlyBetweenTheEndsItsMappingAccepts() {
		LoadedSpec network = spec("contactNetwork");
		ToolExecutor executor = new ToolExecutor(network, domain);
		CreateEdgeTool relate = tool(network, CreateEdgeTool.class, "relate");
		CreateEdgeTool affiliate = tool(network, CreateEdgeTool.class, "affiliate");
		AbstractNodeMapping person = (AbstractNodeMapping) mapping(network, "person");
		AbstractNodeMapping organisation = (AbstractNodeMapping) mapping(network, "organisation");
		Contact a = theater.getContacts().get(0);
		Contact b = theater.getContacts().get(1);
		PartnerInstitution institution = theater.getInstitutions().get(0);

		assertTrue(executor.canConnect(relate, person, a, person, b, theater));
		assertFalse(executor.canConnect(relate, person, a, person, a, theater), "not from a contact to itself");
		assertTrue(executor.canConnect(affiliate, person, a, organisation, institution, theater));
		assertFalse(executor.canConnect(affiliate, person, a, person, b, theater), "an affiliation ends at an institution");
		assertFalse(executor.canConnect(affiliate, organisation, institution, organisation, institution, theater));

		int relationships = theater.getRelationships().size();
		ToolCommand command = executor.createEdge(relate, a, b, theater, "Create Relationship");
		stack.execute(command);
		assertEquals(relationships + 1, theater.getRelationships().size());
		Relationship made = (Relationship) command.created().get(0);
		assertSame(a, made.getSource());
		assertSame(b, made.getTarget());
		assertEquals(3, made.getStrength());
		stack.undo();
		assertEquals(relationships, theater.getRelationships().size());
	}

	@Test
	void reconnectMovesTheEndTheToolAllows() {
		LoadedSpec chart = spec("institutionChart");
		ToolExecutor executor = new ToolExecutor(chart, domain);
		PartnerInstitution child = theater.getInstitutions().stream().filter(institution -> institution.getParent() != null).findFirst().orElseThrow();
		PartnerInstitution oldParent = child.getParent();
		PartnerInstitution newParent = theater.getInstitutions().stream().filter(other -> other != child && other != oldParent && other.getParent() != child)
				.findFirst().orElseThrow();
		var parentMapping = (org.counterpart.diagram.spec.EdgeMapping) mapping(chart, "parentInstitution");
		ReconnectTool tool = executor.reconnectTool(parentMapping, ReconnectEnd.TARGET, Set.of()).orElseThrow();
		assertTrue(executor.reconnectTool(parentMapping, ReconnectEnd.SOURCE, Set.of()).isEmpty(), "only the parent end moves");

		stack.execute(executor.reconnect(tool, child, child, newParent, theater, "Reconnect"));
		assertSame(newParent, child.getParent());
		stack.undo();
		assertSame(oldParent, child.getParent());
	}

	@Test
	void deleteToolRemovesTheObjectAndEveryReferenceToItAndUndoRestoresThem() {
		LoadedSpec chart = spec("institutionChart");
		ToolExecutor executor = new ToolExecutor(chart, domain);
		PartnerInstitution institution = theater.getContacts().stream().map(Contact::getAffiliation).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
		List<Contact> affiliated = theater.getContacts().stream().filter(contact -> contact.getAffiliation() == institution).toList();
		int index = theater.getInstitutions().indexOf(institution);
		DeleteTool delete = executor.deleteTool(mapping(chart, "institution"), Set.of()).orElseThrow();

		stack.execute(executor.delete(delete, List.of(institution), List.of(), theater, "Delete"));
		assertFalse(theater.getInstitutions().contains(institution));
		affiliated.forEach(contact -> assertNull(contact.getAffiliation(), "the reference goes with it"));

		stack.undo();
		assertSame(institution, theater.getInstitutions().get(index));
		affiliated.forEach(contact -> assertSame(institution, contact.getAffiliation()));
	}

	@Test
	void deleteTakesTheDependentObjectsAlongInTheSameCommand() {
		LoadedSpec network = spec("contactNetwork");
		ToolExecutor executor = new ToolExecutor(network, domain);
		Relationship relationship = theater.getRelationships().get(0);
		Contact contact = (Contact) relationship.getSource();
		DeleteTool delete = executor.deleteTool(mapping(network, "person"), Set.of()).orElseThrow();

		stack.execute(executor.delete(delete, List.of(contact), List.of(relationship), theater, "Delete"));
		assertFalse(theater.getContacts().contains(contact));
		assertFalse(theater.getRelationships().contains(relationship));
		stack.undo();
		assertTrue(theater.getContacts().contains(contact));
		assertTrue(theater.getRelationships().contains(relationship));
		assertSame(contact, relationship.getSource());
	}

	@Test
	void directEditWritesTheMappedFeatureAndRefusesAnEmptyText() {
		LoadedSpec chart = spec("institutionChart");
		ToolExecutor executor = new ToolExecutor(chart, domain);
		PartnerInstitution institution = theater.getInstitutions().get(0);
		String old = institution.getName();
		DirectEditTool rename = executor.directEditTool(mapping(chart, "institution"), Set.of()).orElseThrow();

		assertThrows(ToolException.class, () -> executor.directEdit(rename, institution, "   ", theater, "Rename"));
		assertEquals(old, institution.getName());
		stack.execute(executor.directEdit(rename, institution, "  Joint Staff  ", theater, "Rename"));
		assertEquals("Joint Staff", institution.getName());
		stack.undo();
		assertEquals(old, institution.getName());
	}

	@Test
	void anOperationThatFailsHalfwayLeavesTheModelAsItWasAndNothingToUndo() {
		LoadedSpec network = spec("contactNetwork");
		ToolExecutor executor = new ToolExecutor(network, domain);
		SpecFactory factory = SpecFactory.eINSTANCE;
		CreateNodeTool broken = factory.createCreateNodeTool();
		broken.setName("broken");
		ChangeContext toRoot = factory.createChangeContext();
		toRoot.setContextExpression("var:diagram");
		CreateInstance create = factory.createCreateInstance();
		create.setTypeName("Contact");
		create.setReferenceName("contacts");
		SetValue name = factory.createSetValue();
		name.setFeatureName("familyName");
		name.setValueExpression("'Half made'");
		SetValue disposition = factory.createSetValue();
		disposition.setFeatureName("disposition");
		disposition.setValueExpression("'NO_SUCH_DISPOSITION'");
		create.getSubOperations().addAll(List.of(name, disposition));
		toRoot.getSubOperations().add(create);
		broken.getOperations().add(toRoot);
		int before = theater.getContacts().size();

		ToolCommand command = executor.createNode(broken, theater, theater, "Create Contact");
		stack.execute(command);

		assertNotNull(command.failure());
		assertTrue(command.failure().getMessage().contains("NO_SUCH_DISPOSITION"), command.failure().getMessage());
		assertEquals(before, theater.getContacts().size(), "the contact added first was taken back");
		assertFalse(stack.canUndo(), "nothing happened, so there is nothing to undo");
	}

	@Test
	void aCreateToolWhoseContainerLacksTheReferenceSaysSo() {
		LoadedSpec tree = spec("objectiveTree");
		ToolExecutor executor = new ToolExecutor(tree, domain);
		CreateNodeTool subObjective = tool(tree, CreateNodeTool.class, "newSubObjective");
		ToolCommand command = executor.createNode(subObjective, theater, theater, "Create Objective");
		stack.execute(command);
		assertNotNull(command.failure());
		assertTrue(command.failure().getMessage().contains("subObjectives"), command.failure().getMessage());

		var objective = theater.getObjectives().get(0);
		int children = objective.getSubObjectives().size();
		stack.execute(executor.createNode(subObjective, objective, theater, "Create Objective"));
		assertEquals(children + 1, objective.getSubObjectives().size());
		assertEquals("New objective", objective.getSubObjectives().get(children).getTitle());
	}

	@Test
	void thePaletteListsTheCreationToolsOfTheLayersShown() {
		LoadedSpec network = spec("contactNetwork");
		ToolExecutor executor = new ToolExecutor(network, domain);
		assertEquals(List.of("newContact", "newOrganisation", "relate", "affiliate"),
				executor.creationTools(Set.of()).stream().map(Tool::getName).toList());
	}
}
