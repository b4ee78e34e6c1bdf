/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delete Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Deletes the objects of the selected elements of the given mappings (var:self).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.DeleteTool#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getDeleteTool()
 * @model
 * @generated
 */
public interface DeleteTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.Mapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings it applies to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getDeleteTool_Mappings()
	 * @model required="true"
	 * @generated
	 */
	EList<Mapping> getMappings();

} // DeleteTool
