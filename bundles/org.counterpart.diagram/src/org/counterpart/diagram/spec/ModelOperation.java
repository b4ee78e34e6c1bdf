/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of a tool, run on var:self; its sub-operations run after it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.ModelOperation#getSubOperations <em>Sub Operations</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getModelOperation()
 * @model abstract="true"
 * @generated
 */
public interface ModelOperation extends EObject {
	/**
	 * Returns the value of the '<em><b>Sub Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operations that run after this one (on the created instance, for CreateInstance; on the new context, for ChangeContext).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Operations</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getModelOperation_SubOperations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getSubOperations();

} // ModelOperation
