/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Representation Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One kind of diagram: on which domain object it opens, when it applies, and what it shows in its layers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.RepresentationSpec#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.RepresentationSpec#getPrecondition <em>Precondition</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.RepresentationSpec#getLayers <em>Layers</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getRepresentationSpec()
 * @model
 * @generated
 */
public interface RepresentationSpec extends SpecElement {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the domain class of the diagram's root object, e.g. Theater.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getRepresentationSpec_DomainClass()
	 * @model required="true"
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.RepresentationSpec#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, the diagram is offered only on roots where it is true (var:self is the root).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition</em>' attribute.
	 * @see #setPrecondition(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getRepresentationSpec_Precondition()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getPrecondition();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.RepresentationSpec#getPrecondition <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition</em>' attribute.
	 * @see #getPrecondition()
	 * @generated
	 */
	void setPrecondition(String value);

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layers; the first one that is not optional is the default layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getRepresentationSpec_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getLayers();

} // RepresentationSpec
