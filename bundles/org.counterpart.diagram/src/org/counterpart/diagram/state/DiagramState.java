/**
 */
package org.counterpart.diagram.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The state of one representation of one root object, e.g. the institution chart of a theater.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.state.DiagramState#getId <em>Id</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.DiagramState#getRepresentation <em>Representation</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.DiagramState#getRoot <em>Root</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.DiagramState#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.DiagramState#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.state.StatePackage#getDiagramState()
 * @model annotation="http://counterpart.org/sync releasability='followsReference:root'"
 * @generated
 */
public interface DiagramState extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.counterpart.diagram.state.StatePackage#getDiagramState_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.DiagramState#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Representation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the representation spec, e.g. institutionChart.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Representation</em>' attribute.
	 * @see #setRepresentation(String)
	 * @see org.counterpart.diagram.state.StatePackage#getDiagramState_Representation()
	 * @model required="true"
	 * @generated
	 */
	String getRepresentation();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.DiagramState#getRepresentation <em>Representation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Representation</em>' attribute.
	 * @see #getRepresentation()
	 * @generated
	 */
	void setRepresentation(String value);

	/**
	 * Returns the value of the '<em><b>Root</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root</em>' reference.
	 * @see #setRoot(EObject)
	 * @see org.counterpart.diagram.state.StatePackage#getDiagramState_Root()
	 * @model required="true"
	 * @generated
	 */
	EObject getRoot();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.DiagramState#getRoot <em>Root</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' reference.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(EObject value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.state.NodeState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.counterpart.diagram.state.StatePackage#getDiagramState_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeState> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.state.EdgeState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.counterpart.diagram.state.StatePackage#getDiagramState_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeState> getEdges();

} // DiagramState
