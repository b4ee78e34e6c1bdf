/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
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
 * Representation specs: declarative descriptions of diagrams of the Counterpart model (mappings from domain objects to nodes and edges, their styles, layers, filters and tools), interpreted by org.counterpart.diagram.
 * <!-- end-model-doc -->
 * @see org.counterpart.diagram.spec.SpecFactory
 * @model kind="package"
 * @generated
 */
public interface SpecPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "spec"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://counterpart.org/diagram/spec/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "spec"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SpecPackage eINSTANCE = org.counterpart.diagram.spec.impl.SpecPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.SpecElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.SpecElementImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getSpecElement()
	 * @generated
	 */
	int SPEC_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEC_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEC_ELEMENT__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEC_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEC_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.RepresentationSpecImpl <em>Representation Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.RepresentationSpecImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getRepresentationSpec()
	 * @generated
	 */
	int REPRESENTATION_SPEC = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_SPEC__NAME = SPEC_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_SPEC__LABEL = SPEC_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_SPEC__DOMAIN_CLASS = SPEC_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_SPEC__PRECONDITION = SPEC_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_SPEC__LAYERS = SPEC_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_SPEC__LAYOUT = SPEC_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Layout Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_SPEC__LAYOUT_DIRECTION = SPEC_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Representation Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_SPEC_FEATURE_COUNT = SPEC_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Representation Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_SPEC_OPERATION_COUNT = SPEC_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.LayerImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NAME = SPEC_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL = SPEC_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__OPTIONAL = SPEC_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ACTIVE_BY_DEFAULT = SPEC_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NODE_MAPPINGS = SPEC_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__EDGE_MAPPINGS = SPEC_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__TOOLS = SPEC_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__FILTERS = SPEC_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = SPEC_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = SPEC_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.MappingImpl <em>Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.MappingImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getMapping()
	 * @generated
	 */
	int MAPPING = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__NAME = SPEC_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__LABEL = SPEC_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__PRECONDITION = SPEC_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FEATURE_COUNT = SPEC_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_OPERATION_COUNT = SPEC_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.AbstractNodeMappingImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getAbstractNodeMapping()
	 * @generated
	 */
	int ABSTRACT_NODE_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL = MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__PRECONDITION = MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOMAIN_CLASS = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__STYLE = MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS = MAPPING_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.NodeMappingImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__BORDERED_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.ContainerMappingImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getContainerMapping()
	 * @generated
	 */
	int CONTAINER_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__BORDERED_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Children Presentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CHILDREN_PRESENTATION = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.BorderedNodeMappingImpl <em>Bordered Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.BorderedNodeMappingImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getBorderedNodeMapping()
	 * @generated
	 */
	int BORDERED_NODE_MAPPING = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING__BORDERED_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS;

	/**
	 * The number of structural features of the '<em>Bordered Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Bordered Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDERED_NODE_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.NodeStyleImpl <em>Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.NodeStyleImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getNodeStyle()
	 * @generated
	 */
	int NODE_STYLE = 8;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__SHAPE = 0;

	/**
	 * The feature id for the '<em><b>Background Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BACKGROUND_COLOR = 1;

	/**
	 * The feature id for the '<em><b>Foreground Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FOREGROUND_COLOR = 2;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_COLOR = 3;

	/**
	 * The feature id for the '<em><b>Border Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_SIZE = 4;

	/**
	 * The feature id for the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_SIZE = 5;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_BOLD = 6;

	/**
	 * The feature id for the '<em><b>Label Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_ITALIC = 7;

	/**
	 * The feature id for the '<em><b>Icon Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__ICON_PATH = 8;

	/**
	 * The feature id for the '<em><b>Width Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__WIDTH_EXPRESSION = 9;

	/**
	 * The feature id for the '<em><b>Height Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__HEIGHT_EXPRESSION = 10;

	/**
	 * The number of structural features of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.ConditionalNodeStyleImpl <em>Conditional Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.ConditionalNodeStyleImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getConditionalNodeStyle()
	 * @generated
	 */
	int CONDITIONAL_NODE_STYLE = 9;

	/**
	 * The feature id for the '<em><b>Predicate Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE__PREDICATE_EXPRESSION = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE__STYLE = 1;

	/**
	 * The number of structural features of the '<em>Conditional Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Conditional Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.EdgeMappingImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL = MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__PRECONDITION = MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPINGS = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPINGS = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__CONDITIONAL_STYLES = MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.ReferenceEdgeMappingImpl <em>Reference Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.ReferenceEdgeMappingImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getReferenceEdgeMapping()
	 * @generated
	 */
	int REFERENCE_EDGE_MAPPING = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_EDGE_MAPPING__NAME = EDGE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_EDGE_MAPPING__LABEL = EDGE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_EDGE_MAPPING__PRECONDITION = EDGE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_EDGE_MAPPING__SOURCE_MAPPINGS = EDGE_MAPPING__SOURCE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_EDGE_MAPPING__TARGET_MAPPINGS = EDGE_MAPPING__TARGET_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_EDGE_MAPPING__STYLE = EDGE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_EDGE_MAPPING__CONDITIONAL_STYLES = EDGE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Reference Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_EDGE_MAPPING__REFERENCE_EXPRESSION = EDGE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Reference Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_EDGE_MAPPING_FEATURE_COUNT = EDGE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Reference Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_EDGE_MAPPING_OPERATION_COUNT = EDGE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.ElementEdgeMappingImpl <em>Element Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.ElementEdgeMappingImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getElementEdgeMapping()
	 * @generated
	 */
	int ELEMENT_EDGE_MAPPING = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__NAME = EDGE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__LABEL = EDGE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__PRECONDITION = EDGE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SOURCE_MAPPINGS = EDGE_MAPPING__SOURCE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__TARGET_MAPPINGS = EDGE_MAPPING__TARGET_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__STYLE = EDGE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__CONDITIONAL_STYLES = EDGE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__DOMAIN_CLASS = EDGE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES = EDGE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SOURCE_FINDER_EXPRESSION = EDGE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__TARGET_FINDER_EXPRESSION = EDGE_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Element Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING_FEATURE_COUNT = EDGE_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Element Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING_OPERATION_COUNT = EDGE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.EdgeStyleImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getEdgeStyle()
	 * @generated
	 */
	int EDGE_STYLE = 13;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_STYLE = 0;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__ROUTING = 1;

	/**
	 * The feature id for the '<em><b>Source Decorator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__SOURCE_DECORATOR = 2;

	/**
	 * The feature id for the '<em><b>Target Decorator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__TARGET_DECORATOR = 3;

	/**
	 * The feature id for the '<em><b>Width Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__WIDTH_EXPRESSION = 4;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__COLOR = 5;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_EXPRESSION = 6;

	/**
	 * The feature id for the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_SIZE = 7;

	/**
	 * The number of structural features of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.ConditionalEdgeStyleImpl <em>Conditional Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.ConditionalEdgeStyleImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getConditionalEdgeStyle()
	 * @generated
	 */
	int CONDITIONAL_EDGE_STYLE = 14;

	/**
	 * The feature id for the '<em><b>Predicate Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE__PREDICATE_EXPRESSION = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE__STYLE = 1;

	/**
	 * The number of structural features of the '<em>Conditional Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Conditional Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.FilterImpl <em>Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.FilterImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getFilter()
	 * @generated
	 */
	int FILTER = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__NAME = SPEC_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LABEL = SPEC_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Hide When Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__HIDE_WHEN_EXPRESSION = SPEC_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__MAPPINGS = SPEC_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_FEATURE_COUNT = SPEC_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_OPERATION_COUNT = SPEC_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.ToolImpl <em>Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.ToolImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getTool()
	 * @generated
	 */
	int TOOL = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__NAME = SPEC_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL = SPEC_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__PRECONDITION = SPEC_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__OPERATIONS = SPEC_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_FEATURE_COUNT = SPEC_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_OPERATION_COUNT = SPEC_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.CreateNodeToolImpl <em>Create Node Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.CreateNodeToolImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getCreateNodeTool()
	 * @generated
	 */
	int CREATE_NODE_TOOL = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Create Node Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Create Node Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.CreateEdgeToolImpl <em>Create Edge Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.CreateEdgeToolImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getCreateEdgeTool()
	 * @generated
	 */
	int CREATE_EDGE_TOOL = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Create Edge Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Create Edge Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.DeleteToolImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getDeleteTool()
	 * @generated
	 */
	int DELETE_TOOL = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.DirectEditToolImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getDirectEditTool()
	 * @generated
	 */
	int DIRECT_EDIT_TOOL = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.ReconnectToolImpl <em>Reconnect Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.ReconnectToolImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getReconnectTool()
	 * @generated
	 */
	int RECONNECT_TOOL = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__END = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Reconnect Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Reconnect Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.ModelOperationImpl <em>Model Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.ModelOperationImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getModelOperation()
	 * @generated
	 */
	int MODEL_OPERATION = 22;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION__SUB_OPERATIONS = 0;

	/**
	 * The number of structural features of the '<em>Model Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Model Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.CreateInstanceImpl <em>Create Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.CreateInstanceImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getCreateInstance()
	 * @generated
	 */
	int CREATE_INSTANCE = 23;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__SUB_OPERATIONS = MODEL_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Type Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__TYPE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__REFERENCE_NAME = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Create Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Create Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.SetValueImpl <em>Set Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.SetValueImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getSetValue()
	 * @generated
	 */
	int SET_VALUE = 24;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__SUB_OPERATIONS = MODEL_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__FEATURE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__VALUE_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Set Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Set Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.UnsetImpl <em>Unset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.UnsetImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getUnset()
	 * @generated
	 */
	int UNSET = 25;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET__SUB_OPERATIONS = MODEL_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET__FEATURE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Unset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Unset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.RemoveImpl <em>Remove</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.RemoveImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getRemove()
	 * @generated
	 */
	int REMOVE = 26;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE__SUB_OPERATIONS = MODEL_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Elements Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE__ELEMENTS_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Remove</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Remove</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.impl.ChangeContextImpl <em>Change Context</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.impl.ChangeContextImpl
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getChangeContext()
	 * @generated
	 */
	int CHANGE_CONTEXT = 27;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT__SUB_OPERATIONS = MODEL_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Context Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT__CONTEXT_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Change Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Change Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.LayoutAlgorithm <em>Layout Algorithm</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.LayoutAlgorithm
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getLayoutAlgorithm()
	 * @generated
	 */
	int LAYOUT_ALGORITHM = 28;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.LayoutDirection <em>Layout Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.LayoutDirection
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getLayoutDirection()
	 * @generated
	 */
	int LAYOUT_DIRECTION = 29;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.ContainerLayout <em>Container Layout</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.ContainerLayout
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getContainerLayout()
	 * @generated
	 */
	int CONTAINER_LAYOUT = 30;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.NodeShape <em>Node Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.NodeShape
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getNodeShape()
	 * @generated
	 */
	int NODE_SHAPE = 31;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.LineStyle <em>Line Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.LineStyle
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getLineStyle()
	 * @generated
	 */
	int LINE_STYLE = 32;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.EdgeRouting <em>Edge Routing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.EdgeRouting
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getEdgeRouting()
	 * @generated
	 */
	int EDGE_ROUTING = 33;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.EdgeDecorator <em>Edge Decorator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.EdgeDecorator
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getEdgeDecorator()
	 * @generated
	 */
	int EDGE_DECORATOR = 34;

	/**
	 * The meta object id for the '{@link org.counterpart.diagram.spec.ReconnectEnd <em>Reconnect End</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.diagram.spec.ReconnectEnd
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getReconnectEnd()
	 * @generated
	 */
	int RECONNECT_END = 35;

	/**
	 * The meta object id for the '<em>Expression</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getExpression()
	 * @generated
	 */
	int EXPRESSION = 36;


	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.SpecElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.counterpart.diagram.spec.SpecElement
	 * @generated
	 */
	EClass getSpecElement();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.SpecElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.counterpart.diagram.spec.SpecElement#getName()
	 * @see #getSpecElement()
	 * @generated
	 */
	EAttribute getSpecElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.SpecElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.counterpart.diagram.spec.SpecElement#getLabel()
	 * @see #getSpecElement()
	 * @generated
	 */
	EAttribute getSpecElement_Label();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.RepresentationSpec <em>Representation Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Representation Spec</em>'.
	 * @see org.counterpart.diagram.spec.RepresentationSpec
	 * @generated
	 */
	EClass getRepresentationSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.RepresentationSpec#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.counterpart.diagram.spec.RepresentationSpec#getDomainClass()
	 * @see #getRepresentationSpec()
	 * @generated
	 */
	EAttribute getRepresentationSpec_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.RepresentationSpec#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.counterpart.diagram.spec.RepresentationSpec#getPrecondition()
	 * @see #getRepresentationSpec()
	 * @generated
	 */
	EAttribute getRepresentationSpec_Precondition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.RepresentationSpec#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.counterpart.diagram.spec.RepresentationSpec#getLayers()
	 * @see #getRepresentationSpec()
	 * @generated
	 */
	EReference getRepresentationSpec_Layers();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.RepresentationSpec#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout</em>'.
	 * @see org.counterpart.diagram.spec.RepresentationSpec#getLayout()
	 * @see #getRepresentationSpec()
	 * @generated
	 */
	EAttribute getRepresentationSpec_Layout();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.RepresentationSpec#getLayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout Direction</em>'.
	 * @see org.counterpart.diagram.spec.RepresentationSpec#getLayoutDirection()
	 * @see #getRepresentationSpec()
	 * @generated
	 */
	EAttribute getRepresentationSpec_LayoutDirection();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.counterpart.diagram.spec.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.Layer#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see org.counterpart.diagram.spec.Layer#isOptional()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Optional();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.Layer#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.counterpart.diagram.spec.Layer#isActiveByDefault()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_ActiveByDefault();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.Layer#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.counterpart.diagram.spec.Layer#getNodeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.Layer#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.counterpart.diagram.spec.Layer#getEdgeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.Layer#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.counterpart.diagram.spec.Layer#getTools()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Tools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.Layer#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.counterpart.diagram.spec.Layer#getFilters()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Filters();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.Mapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping</em>'.
	 * @see org.counterpart.diagram.spec.Mapping
	 * @generated
	 */
	EClass getMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.Mapping#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.counterpart.diagram.spec.Mapping#getPrecondition()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Precondition();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract Node Mapping</em>'.
	 * @see org.counterpart.diagram.spec.AbstractNodeMapping
	 * @generated
	 */
	EClass getAbstractNodeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.AbstractNodeMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.counterpart.diagram.spec.AbstractNodeMapping#getDomainClass()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.AbstractNodeMapping#getSemanticCandidates <em>Semantic Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates</em>'.
	 * @see org.counterpart.diagram.spec.AbstractNodeMapping#getSemanticCandidates()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_SemanticCandidates();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.AbstractNodeMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.counterpart.diagram.spec.AbstractNodeMapping#getLabelExpression()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_LabelExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.counterpart.diagram.spec.AbstractNodeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.counterpart.diagram.spec.AbstractNodeMapping#getStyle()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.AbstractNodeMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.counterpart.diagram.spec.AbstractNodeMapping#getConditionalStyles()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_ConditionalStyles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.AbstractNodeMapping#getBorderedNodeMappings <em>Bordered Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bordered Node Mappings</em>'.
	 * @see org.counterpart.diagram.spec.AbstractNodeMapping#getBorderedNodeMappings()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_BorderedNodeMappings();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.counterpart.diagram.spec.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Mapping</em>'.
	 * @see org.counterpart.diagram.spec.ContainerMapping
	 * @generated
	 */
	EClass getContainerMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.ContainerMapping#getChildrenPresentation <em>Children Presentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Children Presentation</em>'.
	 * @see org.counterpart.diagram.spec.ContainerMapping#getChildrenPresentation()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EAttribute getContainerMapping_ChildrenPresentation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Node Mappings</em>'.
	 * @see org.counterpart.diagram.spec.ContainerMapping#getSubNodeMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubNodeMappings();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.BorderedNodeMapping <em>Bordered Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bordered Node Mapping</em>'.
	 * @see org.counterpart.diagram.spec.BorderedNodeMapping
	 * @generated
	 */
	EClass getBorderedNodeMapping();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle
	 * @generated
	 */
	EClass getNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#getShape()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#getBackgroundColor <em>Background Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background Color</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#getBackgroundColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BackgroundColor();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#getForegroundColor <em>Foreground Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreground Color</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#getForegroundColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_ForegroundColor();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#getBorderColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#getBorderSize <em>Border Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Size</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#getBorderSize()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderSize();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#getLabelSize <em>Label Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Size</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#getLabelSize()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_LabelSize();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#isLabelBold <em>Label Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Bold</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#isLabelBold()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_LabelBold();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#isLabelItalic <em>Label Italic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Italic</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#isLabelItalic()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_LabelItalic();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#getIconPath <em>Icon Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon Path</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#getIconPath()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_IconPath();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#getWidthExpression <em>Width Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width Expression</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#getWidthExpression()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_WidthExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.NodeStyle#getHeightExpression <em>Height Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height Expression</em>'.
	 * @see org.counterpart.diagram.spec.NodeStyle#getHeightExpression()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_HeightExpression();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.ConditionalNodeStyle <em>Conditional Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Node Style</em>'.
	 * @see org.counterpart.diagram.spec.ConditionalNodeStyle
	 * @generated
	 */
	EClass getConditionalNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.ConditionalNodeStyle#getPredicateExpression <em>Predicate Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicate Expression</em>'.
	 * @see org.counterpart.diagram.spec.ConditionalNodeStyle#getPredicateExpression()
	 * @see #getConditionalNodeStyle()
	 * @generated
	 */
	EAttribute getConditionalNodeStyle_PredicateExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.counterpart.diagram.spec.ConditionalNodeStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.counterpart.diagram.spec.ConditionalNodeStyle#getStyle()
	 * @see #getConditionalNodeStyle()
	 * @generated
	 */
	EReference getConditionalNodeStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.counterpart.diagram.spec.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.diagram.spec.EdgeMapping#getSourceMappings <em>Source Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mappings</em>'.
	 * @see org.counterpart.diagram.spec.EdgeMapping#getSourceMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.diagram.spec.EdgeMapping#getTargetMappings <em>Target Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mappings</em>'.
	 * @see org.counterpart.diagram.spec.EdgeMapping#getTargetMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMappings();

	/**
	 * Returns the meta object for the containment reference '{@link org.counterpart.diagram.spec.EdgeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.counterpart.diagram.spec.EdgeMapping#getStyle()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.EdgeMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.counterpart.diagram.spec.EdgeMapping#getConditionalStyles()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.ReferenceEdgeMapping <em>Reference Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Edge Mapping</em>'.
	 * @see org.counterpart.diagram.spec.ReferenceEdgeMapping
	 * @generated
	 */
	EClass getReferenceEdgeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.ReferenceEdgeMapping#getReferenceExpression <em>Reference Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Expression</em>'.
	 * @see org.counterpart.diagram.spec.ReferenceEdgeMapping#getReferenceExpression()
	 * @see #getReferenceEdgeMapping()
	 * @generated
	 */
	EAttribute getReferenceEdgeMapping_ReferenceExpression();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.ElementEdgeMapping <em>Element Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Edge Mapping</em>'.
	 * @see org.counterpart.diagram.spec.ElementEdgeMapping
	 * @generated
	 */
	EClass getElementEdgeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.ElementEdgeMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.counterpart.diagram.spec.ElementEdgeMapping#getDomainClass()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.ElementEdgeMapping#getSemanticCandidates <em>Semantic Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates</em>'.
	 * @see org.counterpart.diagram.spec.ElementEdgeMapping#getSemanticCandidates()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_SemanticCandidates();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.ElementEdgeMapping#getSourceFinderExpression <em>Source Finder Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Finder Expression</em>'.
	 * @see org.counterpart.diagram.spec.ElementEdgeMapping#getSourceFinderExpression()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_SourceFinderExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.ElementEdgeMapping#getTargetFinderExpression <em>Target Finder Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Finder Expression</em>'.
	 * @see org.counterpart.diagram.spec.ElementEdgeMapping#getTargetFinderExpression()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_TargetFinderExpression();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style</em>'.
	 * @see org.counterpart.diagram.spec.EdgeStyle
	 * @generated
	 */
	EClass getEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.EdgeStyle#getLineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Style</em>'.
	 * @see org.counterpart.diagram.spec.EdgeStyle#getLineStyle()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LineStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.EdgeStyle#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.counterpart.diagram.spec.EdgeStyle#getRouting()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Routing();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.EdgeStyle#getSourceDecorator <em>Source Decorator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Decorator</em>'.
	 * @see org.counterpart.diagram.spec.EdgeStyle#getSourceDecorator()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_SourceDecorator();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.EdgeStyle#getTargetDecorator <em>Target Decorator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Decorator</em>'.
	 * @see org.counterpart.diagram.spec.EdgeStyle#getTargetDecorator()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_TargetDecorator();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.EdgeStyle#getWidthExpression <em>Width Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width Expression</em>'.
	 * @see org.counterpart.diagram.spec.EdgeStyle#getWidthExpression()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_WidthExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.EdgeStyle#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.counterpart.diagram.spec.EdgeStyle#getColor()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.EdgeStyle#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.counterpart.diagram.spec.EdgeStyle#getLabelExpression()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LabelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.EdgeStyle#getLabelSize <em>Label Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Size</em>'.
	 * @see org.counterpart.diagram.spec.EdgeStyle#getLabelSize()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LabelSize();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.ConditionalEdgeStyle <em>Conditional Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Edge Style</em>'.
	 * @see org.counterpart.diagram.spec.ConditionalEdgeStyle
	 * @generated
	 */
	EClass getConditionalEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.ConditionalEdgeStyle#getPredicateExpression <em>Predicate Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicate Expression</em>'.
	 * @see org.counterpart.diagram.spec.ConditionalEdgeStyle#getPredicateExpression()
	 * @see #getConditionalEdgeStyle()
	 * @generated
	 */
	EAttribute getConditionalEdgeStyle_PredicateExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.counterpart.diagram.spec.ConditionalEdgeStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.counterpart.diagram.spec.ConditionalEdgeStyle#getStyle()
	 * @see #getConditionalEdgeStyle()
	 * @generated
	 */
	EReference getConditionalEdgeStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter</em>'.
	 * @see org.counterpart.diagram.spec.Filter
	 * @generated
	 */
	EClass getFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.Filter#getHideWhenExpression <em>Hide When Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hide When Expression</em>'.
	 * @see org.counterpart.diagram.spec.Filter#getHideWhenExpression()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_HideWhenExpression();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.diagram.spec.Filter#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.counterpart.diagram.spec.Filter#getMappings()
	 * @see #getFilter()
	 * @generated
	 */
	EReference getFilter_Mappings();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tool</em>'.
	 * @see org.counterpart.diagram.spec.Tool
	 * @generated
	 */
	EClass getTool();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.Tool#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.counterpart.diagram.spec.Tool#getPrecondition()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Precondition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.Tool#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.counterpart.diagram.spec.Tool#getOperations()
	 * @see #getTool()
	 * @generated
	 */
	EReference getTool_Operations();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.CreateNodeTool <em>Create Node Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Node Tool</em>'.
	 * @see org.counterpart.diagram.spec.CreateNodeTool
	 * @generated
	 */
	EClass getCreateNodeTool();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.diagram.spec.CreateNodeTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.counterpart.diagram.spec.CreateNodeTool#getMapping()
	 * @see #getCreateNodeTool()
	 * @generated
	 */
	EReference getCreateNodeTool_Mapping();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.CreateEdgeTool <em>Create Edge Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Edge Tool</em>'.
	 * @see org.counterpart.diagram.spec.CreateEdgeTool
	 * @generated
	 */
	EClass getCreateEdgeTool();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.diagram.spec.CreateEdgeTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.counterpart.diagram.spec.CreateEdgeTool#getMapping()
	 * @see #getCreateEdgeTool()
	 * @generated
	 */
	EReference getCreateEdgeTool_Mapping();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Tool</em>'.
	 * @see org.counterpart.diagram.spec.DeleteTool
	 * @generated
	 */
	EClass getDeleteTool();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.diagram.spec.DeleteTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.counterpart.diagram.spec.DeleteTool#getMappings()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EReference getDeleteTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direct Edit Tool</em>'.
	 * @see org.counterpart.diagram.spec.DirectEditTool
	 * @generated
	 */
	EClass getDirectEditTool();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.diagram.spec.DirectEditTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.counterpart.diagram.spec.DirectEditTool#getMappings()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EReference getDirectEditTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.ReconnectTool <em>Reconnect Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reconnect Tool</em>'.
	 * @see org.counterpart.diagram.spec.ReconnectTool
	 * @generated
	 */
	EClass getReconnectTool();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.diagram.spec.ReconnectTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.counterpart.diagram.spec.ReconnectTool#getMapping()
	 * @see #getReconnectTool()
	 * @generated
	 */
	EReference getReconnectTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.ReconnectTool#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.counterpart.diagram.spec.ReconnectTool#getEnd()
	 * @see #getReconnectTool()
	 * @generated
	 */
	EAttribute getReconnectTool_End();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.ModelOperation <em>Model Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Operation</em>'.
	 * @see org.counterpart.diagram.spec.ModelOperation
	 * @generated
	 */
	EClass getModelOperation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.diagram.spec.ModelOperation#getSubOperations <em>Sub Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Operations</em>'.
	 * @see org.counterpart.diagram.spec.ModelOperation#getSubOperations()
	 * @see #getModelOperation()
	 * @generated
	 */
	EReference getModelOperation_SubOperations();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.CreateInstance <em>Create Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Instance</em>'.
	 * @see org.counterpart.diagram.spec.CreateInstance
	 * @generated
	 */
	EClass getCreateInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.CreateInstance#getTypeName <em>Type Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Name</em>'.
	 * @see org.counterpart.diagram.spec.CreateInstance#getTypeName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_TypeName();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.CreateInstance#getReferenceName <em>Reference Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Name</em>'.
	 * @see org.counterpart.diagram.spec.CreateInstance#getReferenceName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_ReferenceName();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.SetValue <em>Set Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Value</em>'.
	 * @see org.counterpart.diagram.spec.SetValue
	 * @generated
	 */
	EClass getSetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.SetValue#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.counterpart.diagram.spec.SetValue#getFeatureName()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.SetValue#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.counterpart.diagram.spec.SetValue#getValueExpression()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_ValueExpression();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.Unset <em>Unset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unset</em>'.
	 * @see org.counterpart.diagram.spec.Unset
	 * @generated
	 */
	EClass getUnset();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.Unset#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.counterpart.diagram.spec.Unset#getFeatureName()
	 * @see #getUnset()
	 * @generated
	 */
	EAttribute getUnset_FeatureName();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.Remove <em>Remove</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remove</em>'.
	 * @see org.counterpart.diagram.spec.Remove
	 * @generated
	 */
	EClass getRemove();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.Remove#getElementsExpression <em>Elements Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Elements Expression</em>'.
	 * @see org.counterpart.diagram.spec.Remove#getElementsExpression()
	 * @see #getRemove()
	 * @generated
	 */
	EAttribute getRemove_ElementsExpression();

	/**
	 * Returns the meta object for class '{@link org.counterpart.diagram.spec.ChangeContext <em>Change Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change Context</em>'.
	 * @see org.counterpart.diagram.spec.ChangeContext
	 * @generated
	 */
	EClass getChangeContext();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.diagram.spec.ChangeContext#getContextExpression <em>Context Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context Expression</em>'.
	 * @see org.counterpart.diagram.spec.ChangeContext#getContextExpression()
	 * @see #getChangeContext()
	 * @generated
	 */
	EAttribute getChangeContext_ContextExpression();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.diagram.spec.LayoutAlgorithm <em>Layout Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Algorithm</em>'.
	 * @see org.counterpart.diagram.spec.LayoutAlgorithm
	 * @generated
	 */
	EEnum getLayoutAlgorithm();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.diagram.spec.LayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Direction</em>'.
	 * @see org.counterpart.diagram.spec.LayoutDirection
	 * @generated
	 */
	EEnum getLayoutDirection();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.diagram.spec.ContainerLayout <em>Container Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Container Layout</em>'.
	 * @see org.counterpart.diagram.spec.ContainerLayout
	 * @generated
	 */
	EEnum getContainerLayout();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.diagram.spec.NodeShape <em>Node Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Shape</em>'.
	 * @see org.counterpart.diagram.spec.NodeShape
	 * @generated
	 */
	EEnum getNodeShape();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.diagram.spec.LineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Style</em>'.
	 * @see org.counterpart.diagram.spec.LineStyle
	 * @generated
	 */
	EEnum getLineStyle();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.diagram.spec.EdgeRouting <em>Edge Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Edge Routing</em>'.
	 * @see org.counterpart.diagram.spec.EdgeRouting
	 * @generated
	 */
	EEnum getEdgeRouting();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.diagram.spec.EdgeDecorator <em>Edge Decorator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Edge Decorator</em>'.
	 * @see org.counterpart.diagram.spec.EdgeDecorator
	 * @generated
	 */
	EEnum getEdgeDecorator();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.diagram.spec.ReconnectEnd <em>Reconnect End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reconnect End</em>'.
	 * @see org.counterpart.diagram.spec.ReconnectEnd
	 * @generated
	 */
	EEnum getReconnectEnd();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An expression of the spec language (feature:, var:, service:, dotted navigation, comparisons, and/or/not, literals). Kept as its text; parsed and checked when the spec loads.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Expression</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 * @generated
	 */
	EDataType getExpression();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SpecFactory getSpecFactory();

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
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.SpecElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.SpecElementImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getSpecElement()
		 * @generated
		 */
		EClass SPEC_ELEMENT = eINSTANCE.getSpecElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEC_ELEMENT__NAME = eINSTANCE.getSpecElement_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEC_ELEMENT__LABEL = eINSTANCE.getSpecElement_Label();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.RepresentationSpecImpl <em>Representation Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.RepresentationSpecImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getRepresentationSpec()
		 * @generated
		 */
		EClass REPRESENTATION_SPEC = eINSTANCE.getRepresentationSpec();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_SPEC__DOMAIN_CLASS = eINSTANCE.getRepresentationSpec_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_SPEC__PRECONDITION = eINSTANCE.getRepresentationSpec_Precondition();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_SPEC__LAYERS = eINSTANCE.getRepresentationSpec_Layers();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_SPEC__LAYOUT = eINSTANCE.getRepresentationSpec_Layout();

		/**
		 * The meta object literal for the '<em><b>Layout Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_SPEC__LAYOUT_DIRECTION = eINSTANCE.getRepresentationSpec_LayoutDirection();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.LayerImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__OPTIONAL = eINSTANCE.getLayer_Optional();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ACTIVE_BY_DEFAULT = eINSTANCE.getLayer_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__NODE_MAPPINGS = eINSTANCE.getLayer_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__EDGE_MAPPINGS = eINSTANCE.getLayer_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__TOOLS = eINSTANCE.getLayer_Tools();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__FILTERS = eINSTANCE.getLayer_Filters();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.MappingImpl <em>Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.MappingImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getMapping()
		 * @generated
		 */
		EClass MAPPING = eINSTANCE.getMapping();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__PRECONDITION = eINSTANCE.getMapping_Precondition();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.AbstractNodeMappingImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getAbstractNodeMapping()
		 * @generated
		 */
		EClass ABSTRACT_NODE_MAPPING = eINSTANCE.getAbstractNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__DOMAIN_CLASS = eINSTANCE.getAbstractNodeMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES = eINSTANCE.getAbstractNodeMapping_SemanticCandidates();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION = eINSTANCE.getAbstractNodeMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__STYLE = eINSTANCE.getAbstractNodeMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getAbstractNodeMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '<em><b>Bordered Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS = eINSTANCE.getAbstractNodeMapping_BorderedNodeMappings();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.NodeMappingImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.ContainerMappingImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getContainerMapping()
		 * @generated
		 */
		EClass CONTAINER_MAPPING = eINSTANCE.getContainerMapping();

		/**
		 * The meta object literal for the '<em><b>Children Presentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_MAPPING__CHILDREN_PRESENTATION = eINSTANCE.getContainerMapping_ChildrenPresentation();

		/**
		 * The meta object literal for the '<em><b>Sub Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_NODE_MAPPINGS = eINSTANCE.getContainerMapping_SubNodeMappings();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.BorderedNodeMappingImpl <em>Bordered Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.BorderedNodeMappingImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getBorderedNodeMapping()
		 * @generated
		 */
		EClass BORDERED_NODE_MAPPING = eINSTANCE.getBorderedNodeMapping();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.NodeStyleImpl <em>Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.NodeStyleImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getNodeStyle()
		 * @generated
		 */
		EClass NODE_STYLE = eINSTANCE.getNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__SHAPE = eINSTANCE.getNodeStyle_Shape();

		/**
		 * The meta object literal for the '<em><b>Background Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BACKGROUND_COLOR = eINSTANCE.getNodeStyle_BackgroundColor();

		/**
		 * The meta object literal for the '<em><b>Foreground Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__FOREGROUND_COLOR = eINSTANCE.getNodeStyle_ForegroundColor();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_COLOR = eINSTANCE.getNodeStyle_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Border Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_SIZE = eINSTANCE.getNodeStyle_BorderSize();

		/**
		 * The meta object literal for the '<em><b>Label Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__LABEL_SIZE = eINSTANCE.getNodeStyle_LabelSize();

		/**
		 * The meta object literal for the '<em><b>Label Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__LABEL_BOLD = eINSTANCE.getNodeStyle_LabelBold();

		/**
		 * The meta object literal for the '<em><b>Label Italic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__LABEL_ITALIC = eINSTANCE.getNodeStyle_LabelItalic();

		/**
		 * The meta object literal for the '<em><b>Icon Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__ICON_PATH = eINSTANCE.getNodeStyle_IconPath();

		/**
		 * The meta object literal for the '<em><b>Width Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__WIDTH_EXPRESSION = eINSTANCE.getNodeStyle_WidthExpression();

		/**
		 * The meta object literal for the '<em><b>Height Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__HEIGHT_EXPRESSION = eINSTANCE.getNodeStyle_HeightExpression();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.ConditionalNodeStyleImpl <em>Conditional Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.ConditionalNodeStyleImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getConditionalNodeStyle()
		 * @generated
		 */
		EClass CONDITIONAL_NODE_STYLE = eINSTANCE.getConditionalNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Predicate Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_NODE_STYLE__PREDICATE_EXPRESSION = eINSTANCE.getConditionalNodeStyle_PredicateExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_NODE_STYLE__STYLE = eINSTANCE.getConditionalNodeStyle_Style();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.EdgeMappingImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPINGS = eINSTANCE.getEdgeMapping_SourceMappings();

		/**
		 * The meta object literal for the '<em><b>Target Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPINGS = eINSTANCE.getEdgeMapping_TargetMappings();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__STYLE = eINSTANCE.getEdgeMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getEdgeMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.ReferenceEdgeMappingImpl <em>Reference Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.ReferenceEdgeMappingImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getReferenceEdgeMapping()
		 * @generated
		 */
		EClass REFERENCE_EDGE_MAPPING = eINSTANCE.getReferenceEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Reference Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_EDGE_MAPPING__REFERENCE_EXPRESSION = eINSTANCE.getReferenceEdgeMapping_ReferenceExpression();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.ElementEdgeMappingImpl <em>Element Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.ElementEdgeMappingImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getElementEdgeMapping()
		 * @generated
		 */
		EClass ELEMENT_EDGE_MAPPING = eINSTANCE.getElementEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__DOMAIN_CLASS = eINSTANCE.getElementEdgeMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES = eINSTANCE.getElementEdgeMapping_SemanticCandidates();

		/**
		 * The meta object literal for the '<em><b>Source Finder Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__SOURCE_FINDER_EXPRESSION = eINSTANCE.getElementEdgeMapping_SourceFinderExpression();

		/**
		 * The meta object literal for the '<em><b>Target Finder Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__TARGET_FINDER_EXPRESSION = eINSTANCE.getElementEdgeMapping_TargetFinderExpression();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.EdgeStyleImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getEdgeStyle()
		 * @generated
		 */
		EClass EDGE_STYLE = eINSTANCE.getEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LINE_STYLE = eINSTANCE.getEdgeStyle_LineStyle();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__ROUTING = eINSTANCE.getEdgeStyle_Routing();

		/**
		 * The meta object literal for the '<em><b>Source Decorator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__SOURCE_DECORATOR = eINSTANCE.getEdgeStyle_SourceDecorator();

		/**
		 * The meta object literal for the '<em><b>Target Decorator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__TARGET_DECORATOR = eINSTANCE.getEdgeStyle_TargetDecorator();

		/**
		 * The meta object literal for the '<em><b>Width Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__WIDTH_EXPRESSION = eINSTANCE.getEdgeStyle_WidthExpression();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__COLOR = eINSTANCE.getEdgeStyle_Color();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LABEL_EXPRESSION = eINSTANCE.getEdgeStyle_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Label Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LABEL_SIZE = eINSTANCE.getEdgeStyle_LabelSize();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.ConditionalEdgeStyleImpl <em>Conditional Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.ConditionalEdgeStyleImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getConditionalEdgeStyle()
		 * @generated
		 */
		EClass CONDITIONAL_EDGE_STYLE = eINSTANCE.getConditionalEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Predicate Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_EDGE_STYLE__PREDICATE_EXPRESSION = eINSTANCE.getConditionalEdgeStyle_PredicateExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_EDGE_STYLE__STYLE = eINSTANCE.getConditionalEdgeStyle_Style();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.FilterImpl <em>Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.FilterImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getFilter()
		 * @generated
		 */
		EClass FILTER = eINSTANCE.getFilter();

		/**
		 * The meta object literal for the '<em><b>Hide When Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__HIDE_WHEN_EXPRESSION = eINSTANCE.getFilter_HideWhenExpression();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILTER__MAPPINGS = eINSTANCE.getFilter_Mappings();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.ToolImpl <em>Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.ToolImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getTool()
		 * @generated
		 */
		EClass TOOL = eINSTANCE.getTool();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__PRECONDITION = eINSTANCE.getTool_Precondition();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOOL__OPERATIONS = eINSTANCE.getTool_Operations();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.CreateNodeToolImpl <em>Create Node Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.CreateNodeToolImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getCreateNodeTool()
		 * @generated
		 */
		EClass CREATE_NODE_TOOL = eINSTANCE.getCreateNodeTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CREATE_NODE_TOOL__MAPPING = eINSTANCE.getCreateNodeTool_Mapping();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.CreateEdgeToolImpl <em>Create Edge Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.CreateEdgeToolImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getCreateEdgeTool()
		 * @generated
		 */
		EClass CREATE_EDGE_TOOL = eINSTANCE.getCreateEdgeTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CREATE_EDGE_TOOL__MAPPING = eINSTANCE.getCreateEdgeTool_Mapping();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.DeleteToolImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getDeleteTool()
		 * @generated
		 */
		EClass DELETE_TOOL = eINSTANCE.getDeleteTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELETE_TOOL__MAPPINGS = eINSTANCE.getDeleteTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.DirectEditToolImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getDirectEditTool()
		 * @generated
		 */
		EClass DIRECT_EDIT_TOOL = eINSTANCE.getDirectEditTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_EDIT_TOOL__MAPPINGS = eINSTANCE.getDirectEditTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.ReconnectToolImpl <em>Reconnect Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.ReconnectToolImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getReconnectTool()
		 * @generated
		 */
		EClass RECONNECT_TOOL = eINSTANCE.getReconnectTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECONNECT_TOOL__MAPPING = eINSTANCE.getReconnectTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECONNECT_TOOL__END = eINSTANCE.getReconnectTool_End();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.ModelOperationImpl <em>Model Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.ModelOperationImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getModelOperation()
		 * @generated
		 */
		EClass MODEL_OPERATION = eINSTANCE.getModelOperation();

		/**
		 * The meta object literal for the '<em><b>Sub Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_OPERATION__SUB_OPERATIONS = eINSTANCE.getModelOperation_SubOperations();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.CreateInstanceImpl <em>Create Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.CreateInstanceImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getCreateInstance()
		 * @generated
		 */
		EClass CREATE_INSTANCE = eINSTANCE.getCreateInstance();

		/**
		 * The meta object literal for the '<em><b>Type Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__TYPE_NAME = eINSTANCE.getCreateInstance_TypeName();

		/**
		 * The meta object literal for the '<em><b>Reference Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__REFERENCE_NAME = eINSTANCE.getCreateInstance_ReferenceName();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.SetValueImpl <em>Set Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.SetValueImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getSetValue()
		 * @generated
		 */
		EClass SET_VALUE = eINSTANCE.getSetValue();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__FEATURE_NAME = eINSTANCE.getSetValue_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__VALUE_EXPRESSION = eINSTANCE.getSetValue_ValueExpression();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.UnsetImpl <em>Unset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.UnsetImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getUnset()
		 * @generated
		 */
		EClass UNSET = eINSTANCE.getUnset();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSET__FEATURE_NAME = eINSTANCE.getUnset_FeatureName();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.RemoveImpl <em>Remove</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.RemoveImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getRemove()
		 * @generated
		 */
		EClass REMOVE = eINSTANCE.getRemove();

		/**
		 * The meta object literal for the '<em><b>Elements Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOVE__ELEMENTS_EXPRESSION = eINSTANCE.getRemove_ElementsExpression();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.impl.ChangeContextImpl <em>Change Context</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.impl.ChangeContextImpl
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getChangeContext()
		 * @generated
		 */
		EClass CHANGE_CONTEXT = eINSTANCE.getChangeContext();

		/**
		 * The meta object literal for the '<em><b>Context Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_CONTEXT__CONTEXT_EXPRESSION = eINSTANCE.getChangeContext_ContextExpression();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.LayoutAlgorithm <em>Layout Algorithm</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.LayoutAlgorithm
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getLayoutAlgorithm()
		 * @generated
		 */
		EEnum LAYOUT_ALGORITHM = eINSTANCE.getLayoutAlgorithm();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.LayoutDirection <em>Layout Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.LayoutDirection
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getLayoutDirection()
		 * @generated
		 */
		EEnum LAYOUT_DIRECTION = eINSTANCE.getLayoutDirection();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.ContainerLayout <em>Container Layout</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.ContainerLayout
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getContainerLayout()
		 * @generated
		 */
		EEnum CONTAINER_LAYOUT = eINSTANCE.getContainerLayout();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.NodeShape <em>Node Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.NodeShape
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getNodeShape()
		 * @generated
		 */
		EEnum NODE_SHAPE = eINSTANCE.getNodeShape();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.LineStyle <em>Line Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.LineStyle
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getLineStyle()
		 * @generated
		 */
		EEnum LINE_STYLE = eINSTANCE.getLineStyle();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.EdgeRouting <em>Edge Routing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.EdgeRouting
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getEdgeRouting()
		 * @generated
		 */
		EEnum EDGE_ROUTING = eINSTANCE.getEdgeRouting();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.EdgeDecorator <em>Edge Decorator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.EdgeDecorator
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getEdgeDecorator()
		 * @generated
		 */
		EEnum EDGE_DECORATOR = eINSTANCE.getEdgeDecorator();

		/**
		 * The meta object literal for the '{@link org.counterpart.diagram.spec.ReconnectEnd <em>Reconnect End</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.diagram.spec.ReconnectEnd
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getReconnectEnd()
		 * @generated
		 */
		EEnum RECONNECT_END = eINSTANCE.getReconnectEnd();

		/**
		 * The meta object literal for the '<em>Expression</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.counterpart.diagram.spec.impl.SpecPackageImpl#getExpression()
		 * @generated
		 */
		EDataType EXPRESSION = eINSTANCE.getExpression();

	}

} //SpecPackage
