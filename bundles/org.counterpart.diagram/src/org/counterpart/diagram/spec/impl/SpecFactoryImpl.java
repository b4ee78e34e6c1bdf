/**
 */
package org.counterpart.diagram.spec.impl;

import org.counterpart.diagram.spec.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SpecFactoryImpl extends EFactoryImpl implements SpecFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SpecFactory init() {
		try {
			SpecFactory theSpecFactory = (SpecFactory)EPackage.Registry.INSTANCE.getEFactory(SpecPackage.eNS_URI);
			if (theSpecFactory != null) {
				return theSpecFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SpecFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpecFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SpecPackage.REPRESENTATION_SPEC: return createRepresentationSpec();
			case SpecPackage.LAYER: return createLayer();
			case SpecPackage.NODE_MAPPING: return createNodeMapping();
			case SpecPackage.CONTAINER_MAPPING: return createContainerMapping();
			case SpecPackage.BORDERED_NODE_MAPPING: return createBorderedNodeMapping();
			case SpecPackage.NODE_STYLE: return createNodeStyle();
			case SpecPackage.CONDITIONAL_NODE_STYLE: return createConditionalNodeStyle();
			case SpecPackage.REFERENCE_EDGE_MAPPING: return createReferenceEdgeMapping();
			case SpecPackage.ELEMENT_EDGE_MAPPING: return createElementEdgeMapping();
			case SpecPackage.EDGE_STYLE: return createEdgeStyle();
			case SpecPackage.CONDITIONAL_EDGE_STYLE: return createConditionalEdgeStyle();
			case SpecPackage.FILTER: return createFilter();
			case SpecPackage.CREATE_NODE_TOOL: return createCreateNodeTool();
			case SpecPackage.CREATE_EDGE_TOOL: return createCreateEdgeTool();
			case SpecPackage.DELETE_TOOL: return createDeleteTool();
			case SpecPackage.DIRECT_EDIT_TOOL: return createDirectEditTool();
			case SpecPackage.RECONNECT_TOOL: return createReconnectTool();
			case SpecPackage.CREATE_INSTANCE: return createCreateInstance();
			case SpecPackage.SET_VALUE: return createSetValue();
			case SpecPackage.UNSET: return createUnset();
			case SpecPackage.REMOVE: return createRemove();
			case SpecPackage.CHANGE_CONTEXT: return createChangeContext();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SpecPackage.LAYOUT_ALGORITHM:
				return createLayoutAlgorithmFromString(eDataType, initialValue);
			case SpecPackage.LAYOUT_DIRECTION:
				return createLayoutDirectionFromString(eDataType, initialValue);
			case SpecPackage.CONTAINER_LAYOUT:
				return createContainerLayoutFromString(eDataType, initialValue);
			case SpecPackage.NODE_SHAPE:
				return createNodeShapeFromString(eDataType, initialValue);
			case SpecPackage.LINE_STYLE:
				return createLineStyleFromString(eDataType, initialValue);
			case SpecPackage.EDGE_ROUTING:
				return createEdgeRoutingFromString(eDataType, initialValue);
			case SpecPackage.EDGE_DECORATOR:
				return createEdgeDecoratorFromString(eDataType, initialValue);
			case SpecPackage.RECONNECT_END:
				return createReconnectEndFromString(eDataType, initialValue);
			case SpecPackage.EXPRESSION:
				return createExpressionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SpecPackage.LAYOUT_ALGORITHM:
				return convertLayoutAlgorithmToString(eDataType, instanceValue);
			case SpecPackage.LAYOUT_DIRECTION:
				return convertLayoutDirectionToString(eDataType, instanceValue);
			case SpecPackage.CONTAINER_LAYOUT:
				return convertContainerLayoutToString(eDataType, instanceValue);
			case SpecPackage.NODE_SHAPE:
				return convertNodeShapeToString(eDataType, instanceValue);
			case SpecPackage.LINE_STYLE:
				return convertLineStyleToString(eDataType, instanceValue);
			case SpecPackage.EDGE_ROUTING:
				return convertEdgeRoutingToString(eDataType, instanceValue);
			case SpecPackage.EDGE_DECORATOR:
				return convertEdgeDecoratorToString(eDataType, instanceValue);
			case SpecPackage.RECONNECT_END:
				return convertReconnectEndToString(eDataType, instanceValue);
			case SpecPackage.EXPRESSION:
				return convertExpressionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RepresentationSpec createRepresentationSpec() {
		RepresentationSpecImpl representationSpec = new RepresentationSpecImpl();
		return representationSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer createLayer() {
		LayerImpl layer = new LayerImpl();
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeMapping createNodeMapping() {
		NodeMappingImpl nodeMapping = new NodeMappingImpl();
		return nodeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerMapping createContainerMapping() {
		ContainerMappingImpl containerMapping = new ContainerMappingImpl();
		return containerMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BorderedNodeMapping createBorderedNodeMapping() {
		BorderedNodeMappingImpl borderedNodeMapping = new BorderedNodeMappingImpl();
		return borderedNodeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyle createNodeStyle() {
		NodeStyleImpl nodeStyle = new NodeStyleImpl();
		return nodeStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalNodeStyle createConditionalNodeStyle() {
		ConditionalNodeStyleImpl conditionalNodeStyle = new ConditionalNodeStyleImpl();
		return conditionalNodeStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceEdgeMapping createReferenceEdgeMapping() {
		ReferenceEdgeMappingImpl referenceEdgeMapping = new ReferenceEdgeMappingImpl();
		return referenceEdgeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementEdgeMapping createElementEdgeMapping() {
		ElementEdgeMappingImpl elementEdgeMapping = new ElementEdgeMappingImpl();
		return elementEdgeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeStyle createEdgeStyle() {
		EdgeStyleImpl edgeStyle = new EdgeStyleImpl();
		return edgeStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalEdgeStyle createConditionalEdgeStyle() {
		ConditionalEdgeStyleImpl conditionalEdgeStyle = new ConditionalEdgeStyleImpl();
		return conditionalEdgeStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filter createFilter() {
		FilterImpl filter = new FilterImpl();
		return filter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CreateNodeTool createCreateNodeTool() {
		CreateNodeToolImpl createNodeTool = new CreateNodeToolImpl();
		return createNodeTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CreateEdgeTool createCreateEdgeTool() {
		CreateEdgeToolImpl createEdgeTool = new CreateEdgeToolImpl();
		return createEdgeTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeleteTool createDeleteTool() {
		DeleteToolImpl deleteTool = new DeleteToolImpl();
		return deleteTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectEditTool createDirectEditTool() {
		DirectEditToolImpl directEditTool = new DirectEditToolImpl();
		return directEditTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReconnectTool createReconnectTool() {
		ReconnectToolImpl reconnectTool = new ReconnectToolImpl();
		return reconnectTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CreateInstance createCreateInstance() {
		CreateInstanceImpl createInstance = new CreateInstanceImpl();
		return createInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetValue createSetValue() {
		SetValueImpl setValue = new SetValueImpl();
		return setValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unset createUnset() {
		UnsetImpl unset = new UnsetImpl();
		return unset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Remove createRemove() {
		RemoveImpl remove = new RemoveImpl();
		return remove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeContext createChangeContext() {
		ChangeContextImpl changeContext = new ChangeContextImpl();
		return changeContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LayoutAlgorithm createLayoutAlgorithmFromString(EDataType eDataType, String initialValue) {
		LayoutAlgorithm result = LayoutAlgorithm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLayoutAlgorithmToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LayoutDirection createLayoutDirectionFromString(EDataType eDataType, String initialValue) {
		LayoutDirection result = LayoutDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLayoutDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContainerLayout createContainerLayoutFromString(EDataType eDataType, String initialValue) {
		ContainerLayout result = ContainerLayout.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContainerLayoutToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeShape createNodeShapeFromString(EDataType eDataType, String initialValue) {
		NodeShape result = NodeShape.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNodeShapeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineStyle createLineStyleFromString(EDataType eDataType, String initialValue) {
		LineStyle result = LineStyle.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineStyleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EdgeRouting createEdgeRoutingFromString(EDataType eDataType, String initialValue) {
		EdgeRouting result = EdgeRouting.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEdgeRoutingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EdgeDecorator createEdgeDecoratorFromString(EDataType eDataType, String initialValue) {
		EdgeDecorator result = EdgeDecorator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEdgeDecoratorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReconnectEnd createReconnectEndFromString(EDataType eDataType, String initialValue) {
		ReconnectEnd result = ReconnectEnd.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReconnectEndToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createExpressionFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExpressionToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpecPackage getSpecPackage() {
		return (SpecPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SpecPackage getPackage() {
		return SpecPackage.eINSTANCE;
	}

} //SpecFactoryImpl
