/**
 */
package org.counterpart.diagram.state;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.counterpart.diagram.state.StatePackage
 * @generated
 */
public interface StateFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StateFactory eINSTANCE = org.counterpart.diagram.state.impl.StateFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Diagram States</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagram States</em>'.
	 * @generated
	 */
	DiagramStates createDiagramStates();

	/**
	 * Returns a new object of class '<em>Diagram State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagram State</em>'.
	 * @generated
	 */
	DiagramState createDiagramState();

	/**
	 * Returns a new object of class '<em>Node State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node State</em>'.
	 * @generated
	 */
	NodeState createNodeState();

	/**
	 * Returns a new object of class '<em>Edge State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edge State</em>'.
	 * @generated
	 */
	EdgeState createEdgeState();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	StatePackage getStatePackage();

} //StateFactory
