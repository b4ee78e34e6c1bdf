/**
 */
package org.counterpart.diagram.state;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one diagram edge is routed and whether the user hid it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.state.EdgeState#getId <em>Id</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.EdgeState#getKey <em>Key</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.EdgeState#getSemantic <em>Semantic</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.EdgeState#getBendpoints <em>Bendpoints</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.EdgeState#isHidden <em>Hidden</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.state.StatePackage#getEdgeState()
 * @model annotation="http://counterpart.org/sync releasability='followsReference:semantic' merge='lastWriterWins'"
 * @generated
 */
public interface EdgeState extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.counterpart.diagram.state.StatePackage#getEdgeState_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.EdgeState#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.counterpart.diagram.state.StatePackage#getEdgeState_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.EdgeState#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Semantic</em>' reference.
	 * @see #setSemantic(EObject)
	 * @see org.counterpart.diagram.state.StatePackage#getEdgeState_Semantic()
	 * @model required="true"
	 * @generated
	 */
	EObject getSemantic();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.EdgeState#getSemantic <em>Semantic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic</em>' reference.
	 * @see #getSemantic()
	 * @generated
	 */
	void setSemantic(EObject value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bendpoints as x,y pairs separated by spaces, in one attribute so that reshaping an edge writes one operation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bendpoints</em>' attribute.
	 * @see #setBendpoints(String)
	 * @see org.counterpart.diagram.state.StatePackage#getEdgeState_Bendpoints()
	 * @model
	 * @generated
	 */
	String getBendpoints();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.EdgeState#getBendpoints <em>Bendpoints</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bendpoints</em>' attribute.
	 * @see #getBendpoints()
	 * @generated
	 */
	void setBendpoints(String value);

	/**
	 * Returns the value of the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden</em>' attribute.
	 * @see #setHidden(boolean)
	 * @see org.counterpart.diagram.state.StatePackage#getEdgeState_Hidden()
	 * @model
	 * @generated
	 */
	boolean isHidden();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.EdgeState#isHidden <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden</em>' attribute.
	 * @see #isHidden()
	 * @generated
	 */
	void setHidden(boolean value);

} // EdgeState
