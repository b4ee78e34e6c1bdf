/**
 */
package org.counterpart.diagram.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram States</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root holding the state of every diagram of a workspace. It says nothing by itself, so it may go wherever its contents may.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.state.DiagramStates#getId <em>Id</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.DiagramStates#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.state.StatePackage#getDiagramStates()
 * @model annotation="http://counterpart.org/sync releasability='always'"
 * @generated
 */
public interface DiagramStates extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.counterpart.diagram.state.StatePackage#getDiagramStates_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.DiagramStates#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.state.DiagramState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.counterpart.diagram.state.StatePackage#getDiagramStates_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramState> getDiagrams();

} // DiagramStates
