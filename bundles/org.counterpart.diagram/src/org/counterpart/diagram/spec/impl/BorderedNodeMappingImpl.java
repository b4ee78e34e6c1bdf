/**
 */
package org.counterpart.diagram.spec.impl;

import org.counterpart.diagram.spec.BorderedNodeMapping;
import org.counterpart.diagram.spec.SpecPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bordered Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class BorderedNodeMappingImpl extends AbstractNodeMappingImpl implements BorderedNodeMapping {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BorderedNodeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.BORDERED_NODE_MAPPING;
	}

} //BorderedNodeMappingImpl
