/**
 */
package org.counterpart.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bordered Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps domain objects to small nodes on the border of their parent node.
 * <!-- end-model-doc -->
 *
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getBorderedNodeMapping()
 * @model
 * @generated
 */
public interface BorderedNodeMapping extends AbstractNodeMapping {
} // BorderedNodeMapping
