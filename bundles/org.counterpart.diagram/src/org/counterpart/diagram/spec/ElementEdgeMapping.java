/**
 */
package org.counterpart.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge for each domain object of a class, between the nodes of what its source and target finders give.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.ElementEdgeMapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.ElementEdgeMapping#getSemanticCandidates <em>Semantic Candidates</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.ElementEdgeMapping#getSourceFinderExpression <em>Source Finder Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.ElementEdgeMapping#getTargetFinderExpression <em>Target Finder Expression</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getElementEdgeMapping()
 * @model
 * @generated
 */
public interface ElementEdgeMapping extends EdgeMapping {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the domain class of the mapped objects, e.g. Relationship.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getElementEdgeMapping_DomainClass()
	 * @model required="true"
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ElementEdgeMapping#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The objects to show, evaluated on the diagram's root (var:self); when empty, every object of the domain class in it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Candidates</em>' attribute.
	 * @see #setSemanticCandidates(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getElementEdgeMapping_SemanticCandidates()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getSemanticCandidates();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ElementEdgeMapping#getSemanticCandidates <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Candidates</em>' attribute.
	 * @see #getSemanticCandidates()
	 * @generated
	 */
	void setSemanticCandidates(String value);

	/**
	 * Returns the value of the '<em><b>Source Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source object, evaluated on the edge's object.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Finder Expression</em>' attribute.
	 * @see #setSourceFinderExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getElementEdgeMapping_SourceFinderExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression" required="true"
	 * @generated
	 */
	String getSourceFinderExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ElementEdgeMapping#getSourceFinderExpression <em>Source Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Finder Expression</em>' attribute.
	 * @see #getSourceFinderExpression()
	 * @generated
	 */
	void setSourceFinderExpression(String value);

	/**
	 * Returns the value of the '<em><b>Target Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target object, evaluated on the edge's object.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Finder Expression</em>' attribute.
	 * @see #setTargetFinderExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getElementEdgeMapping_TargetFinderExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression" required="true"
	 * @generated
	 */
	String getTargetFinderExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ElementEdgeMapping#getTargetFinderExpression <em>Target Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Finder Expression</em>' attribute.
	 * @see #getTargetFinderExpression()
	 * @generated
	 */
	void setTargetFinderExpression(String value);

} // ElementEdgeMapping
