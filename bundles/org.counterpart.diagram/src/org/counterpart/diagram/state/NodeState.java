/**
 */
package org.counterpart.diagram.state;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where one diagram node sits and how the user left it. Layout merges last-writer-wins without conflicts for an analyst; the state may go only where its semantic object may.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.state.NodeState#getId <em>Id</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.NodeState#getKey <em>Key</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.NodeState#getSemantic <em>Semantic</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.NodeState#getBounds <em>Bounds</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.NodeState#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.NodeState#isCollapsed <em>Collapsed</em>}</li>
 *   <li>{@link org.counterpart.diagram.state.NodeState#isHidden <em>Hidden</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.state.StatePackage#getNodeState()
 * @model annotation="http://counterpart.org/sync releasability='followsReference:semantic' merge='lastWriterWins'"
 * @generated
 */
public interface NodeState extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.counterpart.diagram.state.StatePackage#getNodeState_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.NodeState#getId <em>Id</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * The diagram node's key (DiagramNode.key()).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.counterpart.diagram.state.StatePackage#getNodeState_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.NodeState#getKey <em>Key</em>}' attribute.
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
	 * @see org.counterpart.diagram.state.StatePackage#getNodeState_Semantic()
	 * @model required="true"
	 * @generated
	 */
	EObject getSemantic();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.NodeState#getSemantic <em>Semantic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic</em>' reference.
	 * @see #getSemantic()
	 * @generated
	 */
	void setSemantic(EObject value);

	/**
	 * Returns the value of the '<em><b>Bounds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x y width height in one attribute, so that a drag or a resize writes one operation; relative to the parent node for a child.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bounds</em>' attribute.
	 * @see #setBounds(String)
	 * @see org.counterpart.diagram.state.StatePackage#getNodeState_Bounds()
	 * @model
	 * @generated
	 */
	String getBounds();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.NodeState#getBounds <em>Bounds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bounds</em>' attribute.
	 * @see #getBounds()
	 * @generated
	 */
	void setBounds(String value);

	/**
	 * Returns the value of the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pinned</em>' attribute.
	 * @see #setPinned(boolean)
	 * @see org.counterpart.diagram.state.StatePackage#getNodeState_Pinned()
	 * @model
	 * @generated
	 */
	boolean isPinned();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.NodeState#isPinned <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned</em>' attribute.
	 * @see #isPinned()
	 * @generated
	 */
	void setPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Collapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collapsed</em>' attribute.
	 * @see #setCollapsed(boolean)
	 * @see org.counterpart.diagram.state.StatePackage#getNodeState_Collapsed()
	 * @model
	 * @generated
	 */
	boolean isCollapsed();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.NodeState#isCollapsed <em>Collapsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collapsed</em>' attribute.
	 * @see #isCollapsed()
	 * @generated
	 */
	void setCollapsed(boolean value);

	/**
	 * Returns the value of the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden</em>' attribute.
	 * @see #setHidden(boolean)
	 * @see org.counterpart.diagram.state.StatePackage#getNodeState_Hidden()
	 * @model
	 * @generated
	 */
	boolean isHidden();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.state.NodeState#isHidden <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden</em>' attribute.
	 * @see #isHidden()
	 * @generated
	 */
	void setHidden(boolean value);

} // NodeState
