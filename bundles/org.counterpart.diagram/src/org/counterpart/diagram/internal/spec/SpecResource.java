package org.counterpart.diagram.internal.spec;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XMI resource of a spec file that remembers, for messages, the line of the file where each object's start tag
 * ends (the parser reports its position after the whole tag, attributes included).
 */
public final class SpecResource extends XMIResourceImpl {
	private final Map<EObject, Integer> lines = new WeakHashMap<>();

	public SpecResource(URI uri) {
		super(uri);
	}

	/** The line of the file where {@code object}'s start tag ends, or 0 if it was not read from a file. */
	public int lineOf(EObject object) {
		return lines.getOrDefault(object, 0);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new SAXXMIHandler(resource, helper, options) {
					@Override
					protected void processObject(EObject object) {
						if (object != null) {
							lines.put(object, getLineNumber());
						}
						super.processObject(object);
					}
				};
			}
		};
	}
}
