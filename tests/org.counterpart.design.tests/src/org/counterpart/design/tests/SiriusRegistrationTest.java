package org.counterpart.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.counterpart.design.CounterpartServices;
import org.counterpart.design.internal.DesignPlugin;
import org.counterpart.design.internal.SiriusViewpoints;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The bundle resolves and starts without Sirius, offering its services and registering nothing; with a registry of
 * Sirius's shape it registers the description and gives the viewpoints back when it stops.
 */
class SiriusRegistrationTest {

	@Test
	void bundleResolvesAndStartsWithoutSirius() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(CounterpartServices.class);
		assertNotNull(bundle, "the services run inside OSGi");
		assertEquals(DesignPlugin.PLUGIN_ID, bundle.getSymbolicName());
		assertNull(Platform.getBundles("org.eclipse.sirius", null), "no Sirius in the test runtime");
		bundle.start(Bundle.START_TRANSIENT);
		assertEquals(Bundle.ACTIVE, bundle.getState());
		DesignPlugin plugin = DesignPlugin.getDefault();
		assertNotNull(plugin);
		assertFalse(plugin.viewpoints().isPresent(), "without Sirius there is no registry to register with");
		assertEquals(List.of(), plugin.viewpoints().registered());
		assertNotNull(bundle.getEntry("description/counterpart.odesign"), "the description ships in the bundle");
		assertNotNull(bundle.getEntry("plugin.xml"));
		String pluginXml = new String(bundle.getEntry("plugin.xml").openStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(pluginXml.contains("org.eclipse.sirius.componentization") && pluginXml.contains(DesignPlugin.class.getName()), pluginXml);
		assertTrue(bundle.getHeaders().get("Require-Bundle").indexOf("sirius") < 0, "no required Sirius bundle");
	}

	@Test
	void absentRegistryRegistersNothing() throws ReflectiveOperationException {
		SiriusViewpoints viewpoints = SiriusViewpoints.lookUp(getClass().getClassLoader(), "org.eclipse.sirius.NoSuchRegistry");
		assertFalse(viewpoints.isPresent());
		assertEquals(0, viewpoints.register(DesignPlugin.DESCRIPTION_PATH));
		viewpoints.disposeAll();
		assertEquals(List.of(), viewpoints.registered());
	}

	@Test
	void registersWithARegistryAndDisposes() throws ReflectiveOperationException {
		FakeViewpointRegistry registry = FakeViewpointRegistry.getInstance();
		registry.reset();
		SiriusViewpoints viewpoints = SiriusViewpoints.lookUp(getClass().getClassLoader(), FakeViewpointRegistry.class.getName());
		assertTrue(viewpoints.isPresent());
		assertEquals(2, viewpoints.register(DesignPlugin.DESCRIPTION_PATH));
		assertEquals(List.of("org.counterpart.design/description/counterpart.odesign"), registry.registeredPaths);
		assertEquals(2, viewpoints.registered().size());
		viewpoints.disposeAll();
		assertEquals(2, registry.disposed.size());
		assertEquals(List.of(), viewpoints.registered());
	}

	@Test
	void registryWithoutInstanceIsAnError() {
		assertThrows(NoSuchMethodException.class, () -> SiriusViewpoints.lookUp(getClass().getClassLoader(), String.class.getName()));
	}
}
