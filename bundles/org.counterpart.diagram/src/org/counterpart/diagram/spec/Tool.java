/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A palette entry or gesture, and the model operations it runs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.Tool#getPrecondition <em>Precondition</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.Tool#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getTool()
 * @model abstract="true"
 * @generated
 */
public interface Tool extends SpecElement {
	/**
	 * Returns the value of the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, the tool is offered only where it is true.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition</em>' attribute.
	 * @see #setPrecondition(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getTool_Precondition()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getPrecondition();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.Tool#getPrecondition <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition</em>' attribute.
	 * @see #getPrecondition()
	 * @generated
	 */
	void setPrecondition(String value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the tool does, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getTool_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getOperations();

} // Tool
