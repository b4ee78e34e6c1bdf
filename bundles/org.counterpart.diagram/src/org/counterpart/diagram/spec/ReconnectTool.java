/**
 */
package org.counterpart.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reconnect Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Moves an end of an edge (var:self is the edge's object, var:source and var:target the new ends).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.ReconnectTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.ReconnectTool#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getReconnectTool()
 * @model
 * @generated
 */
public interface ReconnectTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mapping of the edges it applies to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(EdgeMapping)
	 * @see org.counterpart.diagram.spec.SpecPackage#getReconnectTool_Mapping()
	 * @model required="true"
	 * @generated
	 */
	EdgeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ReconnectTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(EdgeMapping value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * The default value is <code>"both"</code>.
	 * The literals are from the enumeration {@link org.counterpart.diagram.spec.ReconnectEnd}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which end it moves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see org.counterpart.diagram.spec.ReconnectEnd
	 * @see #setEnd(ReconnectEnd)
	 * @see org.counterpart.diagram.spec.SpecPackage#getReconnectTool_End()
	 * @model default="both"
	 * @generated
	 */
	ReconnectEnd getEnd();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ReconnectTool#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see org.counterpart.diagram.spec.ReconnectEnd
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(ReconnectEnd value);

} // ReconnectTool
