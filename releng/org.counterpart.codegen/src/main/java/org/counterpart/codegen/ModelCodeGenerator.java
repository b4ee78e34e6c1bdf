package org.counterpart.codegen;

import java.io.File;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF code of Counterpart's models outside Eclipse, the way "Reload" + "Generate Model Code" (+
 * "Generate Edit Code" where the model has an edit bundle) do in the IDE: the domain model
 * ({@code bundles/org.counterpart.model/model/counterpart.genmodel}, model and edit code) and the representation-spec
 * model of the diagrams ({@code bundles/org.counterpart.diagram/model/spec.genmodel}, model code only) and the
 * diagram-state model ({@code bundles/org.counterpart.diagram/model/state.genmodel}, model code only).
 * <p>
 * The genmodel is first rebuilt from the current .ecore and reconciled with the committed genmodel (so new classes
 * and features get their generator settings and old settings are kept), saved, and then the Java code is generated
 * and merged into the existing sources by JMerger: members marked {@code @generated NOT} are left as they are.
 * <p>
 * Usage: {@code ModelCodeGenerator <repository root>}
 */
public final class ModelCodeGenerator {
	/** A genmodel of this repository, the bundles it writes to (by platform:/resource name) and whether it has edit code. */
	private record Model(String genModel, String ecore, List<String> bundles, boolean withEdit) {
	}

	private static final List<Model> MODELS = List.of(
			new Model("bundles/org.counterpart.model/model/counterpart.genmodel", "counterpart.ecore",
					List.of("org.counterpart.model", "org.counterpart.model.edit"), true),
			new Model("bundles/org.counterpart.diagram/model/spec.genmodel", "spec.ecore",
					List.of("org.counterpart.diagram"), false),
			new Model("bundles/org.counterpart.diagram/model/state.genmodel", "state.ecore",
					List.of("org.counterpart.diagram"), false));

	/** Bundles of this repository that the genmodels write to, by their platform:/resource name. */
	private static final List<String> BUNDLES = MODELS.stream().flatMap(model -> model.bundles().stream()).toList();

	private ModelCodeGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("Usage: ModelCodeGenerator <repository root>");
			System.exit(2);
		}
		File root = new File(args[0]).getCanonicalFile();
		int problems = 0;
		for (Model model : MODELS) {
			File genModelFile = new File(root, model.genModel());
			if (!genModelFile.isFile()) {
				System.err.println("No genmodel at " + genModelFile + ": pass the repository root as the only argument.");
				System.exit(2);
			}
			problems += generate(root, genModelFile, model);
		}
		System.exit(problems == 0 ? 0 : 1);
	}

	static int generate(File root, File genModelFile, Model model) throws IOException {
		ResourceSet resourceSet = createResourceSet(root);

		URI genModelUri = URI.createFileURI(genModelFile.getPath());
		GenModel committed = (GenModel)resourceSet.getResource(genModelUri, true).getContents().get(0);

		// Rebuild the genmodel from the .ecore and carry the committed settings over, as the IDE's "Reload" does.
		Resource ecoreResource = resourceSet.getResource(genModelUri.trimSegments(1).appendSegment(model.ecore()), true);
		EPackage ePackage = (EPackage)ecoreResource.getContents().get(0);
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		Resource genModelResource = resourceSet.createResource(URI.createFileURI(genModelFile.getPath() + ".reloaded"));
		genModelResource.getContents().add(genModel);
		genModel.initialize(Collections.singleton(ePackage));
		genModel.getForeignModel().addAll(committed.getForeignModel());
		genModel.reconcile(committed);
		genModel.setImporterID(committed.getImporterID());
		genModel.getUsedGenPackages().clear();
		genModel.getUsedGenPackages().addAll(genModel.computeMissingUsedGenPackages());
		committed.eResource().getContents().set(0, genModel);
		genModelResource.getContents().clear();
		resourceSet.getResources().remove(genModelResource);
		Map<Object, Object> saveOptions = new LinkedHashMap<>();
		saveOptions.put(XMLResource.OPTION_ENCODING, "UTF-8");
		saveOptions.put(Resource.OPTION_LINE_DELIMITER, Resource.OPTION_LINE_DELIMITER_UNSPECIFIED);
		genModel.eResource().save(saveOptions);

		genModel.reconcile();
		genModel.setCanGenerate(true);
		genModel.setValidateModel(true);

		Diagnostic status = genModel.diagnose();
		if (status.getSeverity() == Diagnostic.ERROR) {
			report(status);
			return 1;
		}

		Generator generator = new Generator();
		generator.setInput(genModel);
		int problems = 0;
		problems += run(generator, genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model");
		if (model.withEdit()) {
			problems += run(generator, genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit");
		}
		return problems;
	}

	private static int run(Generator generator, GenModel genModel, String projectType, String what) {
		System.out.println("Generating " + what + " code for " + genModel.getModelName());
		Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
		if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
			report(diagnostic);
		}
		return diagnostic.getSeverity() >= Diagnostic.ERROR ? 1 : 0;
	}

	private static ResourceSet createResourceSet(File root) {
		// Standalone: no extension registry, so register what plugin.xml files would.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();

		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

		// The generator's adapters create their own URI converters, which fall back to the global map.
		Map<URI, URI> uriMap = URIConverter.URI_MAP;
		for (String bundle : BUNDLES) {
			uriMap.putIfAbsent(URI.createPlatformResourceURI("/" + bundle + "/", false),
					URI.createFileURI(new File(root, "bundles/" + bundle).getPath() + "/"));
		}
		uriMap.put(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", false), jarRoot(EcorePackage.class));
		uriMap.put(URI.createPlatformPluginURI("/org.eclipse.emf.codegen.ecore/", false), jarRoot(GenModelPackage.class));
		return resourceSet;
	}

	private static URI jarRoot(Class<?> type) {
		String location = type.getProtectionDomain().getCodeSource().getLocation().toString();
		return URI.createURI(location.endsWith(".jar") ? "archive:" + location + "!/" : location);
	}

	private static void report(Diagnostic diagnostic) {
		if (diagnostic.getMessage() != null) {
			System.err.println(severity(diagnostic) + ": " + diagnostic.getMessage());
		}
		if (diagnostic.getException() != null) {
			diagnostic.getException().printStackTrace();
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			report(child);
		}
	}

	private static String severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR -> "ERROR";
			case Diagnostic.WARNING -> "WARNING";
			default -> "INFO";
		};
	}
}
