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
 *   <li>{@link org.counterpart.diagram.spec.RepresentationSpec#getLayout <em>Layout</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.RepresentationSpec#getLayoutDirection <em>Layout Direction</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' attribute.
	 * The default value is <code>"layered"</code>.
	 * The literals are from the enumeration {@link org.counterpart.diagram.spec.LayoutAlgorithm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How an automatic layout places the diagram's top-level nodes: in layers along the edges (charts, trees) or by the distances along the edges (networks).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout</em>' attribute.
	 * @see org.counterpart.diagram.spec.LayoutAlgorithm
	 * @see #setLayout(LayoutAlgorithm)
	 * @see org.counterpart.diagram.spec.SpecPackage#getRepresentationSpec_Layout()
	 * @model default="layered"
	 * @generated
	 */
	LayoutAlgorithm getLayout();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.RepresentationSpec#getLayout <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' attribute.
	 * @see org.counterpart.diagram.spec.LayoutAlgorithm
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(LayoutAlgorithm value);

	/**
	 * Returns the value of the '<em><b>Layout Direction</b></em>' attribute.
	 * The default value is <code>"down"</code>.
	 * The literals are from the enumeration {@link org.counterpart.diagram.spec.LayoutDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a layered layout, where the edges point: down puts an edge's source above its target, up puts it below (e.g. for an edge from an institution to its parent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Direction</em>' attribute.
	 * @see org.counterpart.diagram.spec.LayoutDirection
	 * @see #setLayoutDirection(LayoutDirection)
	 * @see org.counterpart.diagram.spec.SpecPackage#getRepresentationSpec_LayoutDirection()
	 * @model default="down"
	 * @generated
	 */
	LayoutDirection getLayoutDirection();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.RepresentationSpec#getLayoutDirection <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Direction</em>' attribute.
	 * @see org.counterpart.diagram.spec.LayoutDirection
	 * @see #getLayoutDirection()
	 * @generated
	 */
	void setLayoutDirection(LayoutDirection value);

} // RepresentationSpec
