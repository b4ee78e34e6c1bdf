/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps domain objects to nodes that contain other nodes, as a list or freely placed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.ContainerMapping#getChildrenPresentation <em>Children Presentation</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getContainerMapping()
 * @model
 * @generated
 */
public interface ContainerMapping extends AbstractNodeMapping {
	/**
	 * Returns the value of the '<em><b>Children Presentation</b></em>' attribute.
	 * The default value is <code>"freeForm"</code>.
	 * The literals are from the enumeration {@link org.counterpart.diagram.spec.ContainerLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the children are arranged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children Presentation</em>' attribute.
	 * @see org.counterpart.diagram.spec.ContainerLayout
	 * @see #setChildrenPresentation(ContainerLayout)
	 * @see org.counterpart.diagram.spec.SpecPackage#getContainerMapping_ChildrenPresentation()
	 * @model default="freeForm"
	 * @generated
	 */
	ContainerLayout getChildrenPresentation();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ContainerMapping#getChildrenPresentation <em>Children Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Children Presentation</em>' attribute.
	 * @see org.counterpart.diagram.spec.ContainerLayout
	 * @see #getChildrenPresentation()
	 * @generated
	 */
	void setChildrenPresentation(ContainerLayout value);

	/**
	 * Returns the value of the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings of the nodes inside.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Node Mappings</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getContainerMapping_SubNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getSubNodeMappings();

} // ContainerMapping
