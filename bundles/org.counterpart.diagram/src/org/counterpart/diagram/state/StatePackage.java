/**
 */
package org.counterpart.diagram.state;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Diagram state: where the elements of each diagram sit (bounds, bendpoints) and which the user pinned, collapsed or hid. Kept as an extra root of the workspace resource, so it is stored, journalled, exported, merged and synced like the domain model. The annotations with source http://counterpart.org/sync tell the merge and the releasability filter how to treat it, without either knowing this package.
 * <!-- end-model-doc -->
 * @see org.counterpart.diagram.state.StateFactory
 * @model kind="package"
 * @generated
 */
public interface StatePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "state"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://counterpart.org/diagram/state/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "state"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StatePackage eINSTANCE = org.counterpart.diagram.state.impl.StatePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.state.impl.DiagramStatesImpl <em>Diagram States</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.state.impl.DiagramStatesImpl
	 * @see org.counterpart.diagram.state.impl.StatePackageImpl#getDiagramStates()
	 * @generated
	 */
	int DIAGRAM_STATES = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATES__ID = 0;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATES__DIAGRAMS = 1;

	/**
	 * The number of structural features of the '<em>Diagram States</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATES_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Diagram States</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.state.impl.DiagramStateImpl <em>Diagram State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.state.impl.DiagramStateImpl
	 * @see org.counterpart.diagram.state.impl.StatePackageImpl#getDiagramState()
	 * @generated
	 */
	int DIAGRAM_STATE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__ID = 0;

	/**
	 * The feature id for the '<em><b>Representation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__REPRESENTATION = 1;

	/**
	 * The feature id for the '<em><b>Root</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__ROOT = 2;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__NODES = 3;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__EDGES = 4;

	/**
	 * The number of structural features of the '<em>Diagram State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Diagram State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.state.impl.NodeStateImpl <em>Node State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.state.impl.NodeStateImpl
	 * @see org.counterpart.diagram.state.impl.StatePackageImpl#getNodeState()
	 * @generated
	 */
	int NODE_STATE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__ID = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__KEY = 1;

	/**
	 * The feature id for the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__SEMANTIC = 2;

	/**
	 * The feature id for the '<em><b>Bounds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__BOUNDS = 3;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__PINNED = 4;

	/**
	 * The feature id for the '<em><b>Collapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__COLLAPSED = 5;

	/**
	 * The feature id for the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__HIDDEN = 6;

	/**
	 * The number of structural features of the '<em>Node State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Node State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.state.impl.EdgeStateImpl <em>Edge State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.state.impl.EdgeStateImpl
	 * @see org.counterpart.diagram.state.impl.StatePackageImpl#getEdgeState()
	 * @generated
	 */
	int EDGE_STATE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STATE__ID = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STATE__KEY = 1;

	/**
	 * The feature id for the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STATE__SEMANTIC = 2;

	/**
	 * The feature id for the '<em><b>Bendpoints</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STATE__BENDPOINTS = 3;

	/**
	 * The feature id for the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STATE__HIDDEN = 4;

	/**
	 * The number of structural features of the '<em>Edge State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STATE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Edge State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STATE_OPERATION_COUNT = 0;


	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.state.DiagramStates <em>Diagram States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram States</em>'.
	 * @see org.counterpart.diagram.state.DiagramStates
	 * @generated
	 */
	EClass getDiagramStates();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.DiagramStates#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.counterpart.diagram.state.DiagramStates#getId()
	 * @see #getDiagramStates()
	 * @generated
	 */
	EAttribute getDiagramStates_Id();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.state.DiagramStates#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.counterpart.diagram.state.DiagramStates#getDiagrams()
	 * @see #getDiagramStates()
	 * @generated
	 */
	EReference getDiagramStates_Diagrams();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.state.DiagramState <em>Diagram State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram State</em>'.
	 * @see org.counterpart.diagram.state.DiagramState
	 * @generated
	 */
	EClass getDiagramState();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.DiagramState#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.counterpart.diagram.state.DiagramState#getId()
	 * @see #getDiagramState()
	 * @generated
	 */
	EAttribute getDiagramState_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.DiagramState#getRepresentation <em>Representation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Representation</em>'.
	 * @see org.counterpart.diagram.state.DiagramState#getRepresentation()
	 * @see #getDiagramState()
	 * @generated
	 */
	EAttribute getDiagramState_Representation();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.diagram.state.DiagramState#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Root</em>'.
	 * @see org.counterpart.diagram.state.DiagramState#getRoot()
	 * @see #getDiagramState()
	 * @generated
	 */
	EReference getDiagramState_Root();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.state.DiagramState#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.counterpart.diagram.state.DiagramState#getNodes()
	 * @see #getDiagramState()
	 * @generated
	 */
	EReference getDiagramState_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.state.DiagramState#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.counterpart.diagram.state.DiagramState#getEdges()
	 * @see #getDiagramState()
	 * @generated
	 */
	EReference getDiagramState_Edges();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.state.NodeState <em>Node State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node State</em>'.
	 * @see org.counterpart.diagram.state.NodeState
	 * @generated
	 */
	EClass getNodeState();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.NodeState#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.counterpart.diagram.state.NodeState#getId()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.NodeState#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.counterpart.diagram.state.NodeState#getKey()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Key();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.diagram.state.NodeState#getSemantic <em>Semantic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Semantic</em>'.
	 * @see org.counterpart.diagram.state.NodeState#getSemantic()
	 * @see #getNodeState()
	 * @generated
	 */
	EReference getNodeState_Semantic();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.NodeState#getBounds <em>Bounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bounds</em>'.
	 * @see org.counterpart.diagram.state.NodeState#getBounds()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Bounds();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.NodeState#isPinned <em>Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned</em>'.
	 * @see org.counterpart.diagram.state.NodeState#isPinned()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Pinned();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.NodeState#isCollapsed <em>Collapsed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collapsed</em>'.
	 * @see org.counterpart.diagram.state.NodeState#isCollapsed()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Collapsed();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.NodeState#isHidden <em>Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden</em>'.
	 * @see org.counterpart.diagram.state.NodeState#isHidden()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Hidden();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.state.EdgeState <em>Edge State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge State</em>'.
	 * @see org.counterpart.diagram.state.EdgeState
	 * @generated
	 */
	EClass getEdgeState();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.EdgeState#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.counterpart.diagram.state.EdgeState#getId()
	 * @see #getEdgeState()
	 * @generated
	 */
	EAttribute getEdgeState_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.EdgeState#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.counterpart.diagram.state.EdgeState#getKey()
	 * @see #getEdgeState()
	 * @generated
	 */
	EAttribute getEdgeState_Key();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.diagram.state.EdgeState#getSemantic <em>Semantic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Semantic</em>'.
	 * @see org.counterpart.diagram.state.EdgeState#getSemantic()
	 * @see #getEdgeState()
	 * @generated
	 */
	EReference getEdgeState_Semantic();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.EdgeState#getBendpoints <em>Bendpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bendpoints</em>'.
	 * @see org.counterpart.diagram.state.EdgeState#getBendpoints()
	 * @see #getEdgeState()
	 * @generated
	 */
	EAttribute getEdgeState_Bendpoints();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.state.EdgeState#isHidden <em>Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden</em>'.
	 * @see org.counterpart.diagram.state.EdgeState#isHidden()
	 * @see #getEdgeState()
	 * @generated
	 */
	EAttribute getEdgeState_Hidden();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StateFactory getStateFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.state.impl.DiagramStatesImpl <em>Diagram States</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.state.impl.DiagramStatesImpl
		 * @see org.counterpart.diagram.state.impl.StatePackageImpl#getDiagramStates()
		 * @generated
		 */
		EClass DIAGRAM_STATES = eINSTANCE.getDiagramStates();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_STATES__ID = eINSTANCE.getDiagramStates_Id();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_STATES__DIAGRAMS = eINSTANCE.getDiagramStates_Diagrams();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.state.impl.DiagramStateImpl <em>Diagram State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.state.impl.DiagramStateImpl
		 * @see org.counterpart.diagram.state.impl.StatePackageImpl#getDiagramState()
		 * @generated
		 */
		EClass DIAGRAM_STATE = eINSTANCE.getDiagramState();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_STATE__ID = eINSTANCE.getDiagramState_Id();

		/**
		 * The meta object literal for the '<em><b>Representation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_STATE__REPRESENTATION = eINSTANCE.getDiagramState_Representation();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_STATE__ROOT = eINSTANCE.getDiagramState_Root();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_STATE__NODES = eINSTANCE.getDiagramState_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_STATE__EDGES = eINSTANCE.getDiagramState_Edges();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.state.impl.NodeStateImpl <em>Node State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.state.impl.NodeStateImpl
		 * @see org.counterpart.diagram.state.impl.StatePackageImpl#getNodeState()
		 * @generated
		 */
		EClass NODE_STATE = eINSTANCE.getNodeState();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__ID = eINSTANCE.getNodeState_Id();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__KEY = eINSTANCE.getNodeState_Key();

		/**
		 * The meta object literal for the '<em><b>Semantic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_STATE__SEMANTIC = eINSTANCE.getNodeState_Semantic();

		/**
		 * The meta object literal for the '<em><b>Bounds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__BOUNDS = eINSTANCE.getNodeState_Bounds();

		/**
		 * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__PINNED = eINSTANCE.getNodeState_Pinned();

		/**
		 * The meta object literal for the '<em><b>Collapsed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__COLLAPSED = eINSTANCE.getNodeState_Collapsed();

		/**
		 * The meta object literal for the '<em><b>Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__HIDDEN = eINSTANCE.getNodeState_Hidden();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.state.impl.EdgeStateImpl <em>Edge State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.state.impl.EdgeStateImpl
		 * @see org.counterpart.diagram.state.impl.StatePackageImpl#getEdgeState()
		 * @generated
		 */
		EClass EDGE_STATE = eINSTANCE.getEdgeState();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STATE__ID = eINSTANCE.getEdgeState_Id();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STATE__KEY = eINSTANCE.getEdgeState_Key();

		/**
		 * The meta object literal for the '<em><b>Semantic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_STATE__SEMANTIC = eINSTANCE.getEdgeState_Semantic();

		/**
		 * The meta object literal for the '<em><b>Bendpoints</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STATE__BENDPOINTS = eINSTANCE.getEdgeState_Bendpoints();

		/**
		 * The meta object literal for the '<em><b>Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STATE__HIDDEN = eINSTANCE.getEdgeState_Hidden();

	}

} //StatePackage
