/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a node looks. Colours are #rrggbb.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#getShape <em>Shape</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#getBackgroundColor <em>Background Color</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#getForegroundColor <em>Foreground Color</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#getBorderSize <em>Border Size</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#getLabelSize <em>Label Size</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#isLabelBold <em>Label Bold</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#isLabelItalic <em>Label Italic</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#getIconPath <em>Icon Path</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#getWidthExpression <em>Width Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.NodeStyle#getHeightExpression <em>Height Expression</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle()
 * @model
 * @generated
 */
public interface NodeStyle extends EObject {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The default value is <code>"roundedRectangle"</code>.
	 * The literals are from the enumeration {@link org.counterpart.diagram.spec.NodeShape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.counterpart.diagram.spec.NodeShape
	 * @see #setShape(NodeShape)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_Shape()
	 * @model default="roundedRectangle"
	 * @generated
	 */
	NodeShape getShape();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.counterpart.diagram.spec.NodeShape
	 * @see #getShape()
	 * @generated
	 */
	void setShape(NodeShape value);

	/**
	 * Returns the value of the '<em><b>Background Color</b></em>' attribute.
	 * The default value is <code>"#ffffff"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fill colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Background Color</em>' attribute.
	 * @see #setBackgroundColor(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_BackgroundColor()
	 * @model default="#ffffff"
	 * @generated
	 */
	String getBackgroundColor();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#getBackgroundColor <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background Color</em>' attribute.
	 * @see #getBackgroundColor()
	 * @generated
	 */
	void setBackgroundColor(String value);

	/**
	 * Returns the value of the '<em><b>Foreground Color</b></em>' attribute.
	 * The default value is <code>"#000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Foreground Color</em>' attribute.
	 * @see #setForegroundColor(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_ForegroundColor()
	 * @model default="#000000"
	 * @generated
	 */
	String getForegroundColor();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#getForegroundColor <em>Foreground Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreground Color</em>' attribute.
	 * @see #getForegroundColor()
	 * @generated
	 */
	void setForegroundColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * The default value is <code>"#404040"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Border colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #setBorderColor(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_BorderColor()
	 * @model default="#404040"
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Border width in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Border Size</em>' attribute.
	 * @see #setBorderSize(int)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_BorderSize()
	 * @model default="1"
	 * @generated
	 */
	int getBorderSize();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#getBorderSize <em>Border Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Size</em>' attribute.
	 * @see #getBorderSize()
	 * @generated
	 */
	void setBorderSize(int value);

	/**
	 * Returns the value of the '<em><b>Label Size</b></em>' attribute.
	 * The default value is <code>"9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label font size in points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Size</em>' attribute.
	 * @see #setLabelSize(int)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_LabelSize()
	 * @model default="9"
	 * @generated
	 */
	int getLabelSize();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#getLabelSize <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Size</em>' attribute.
	 * @see #getLabelSize()
	 * @generated
	 */
	void setLabelSize(int value);

	/**
	 * Returns the value of the '<em><b>Label Bold</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bold label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Bold</em>' attribute.
	 * @see #setLabelBold(boolean)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_LabelBold()
	 * @model default="false"
	 * @generated
	 */
	boolean isLabelBold();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#isLabelBold <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Bold</em>' attribute.
	 * @see #isLabelBold()
	 * @generated
	 */
	void setLabelBold(boolean value);

	/**
	 * Returns the value of the '<em><b>Label Italic</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Italic label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Italic</em>' attribute.
	 * @see #setLabelItalic(boolean)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_LabelItalic()
	 * @model default="false"
	 * @generated
	 */
	boolean isLabelItalic();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#isLabelItalic <em>Label Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Italic</em>' attribute.
	 * @see #isLabelItalic()
	 * @generated
	 */
	void setLabelItalic(boolean value);

	/**
	 * Returns the value of the '<em><b>Icon Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An icon, as a path inside the bundle that ships the spec.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Icon Path</em>' attribute.
	 * @see #setIconPath(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_IconPath()
	 * @model
	 * @generated
	 */
	String getIconPath();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#getIconPath <em>Icon Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icon Path</em>' attribute.
	 * @see #getIconPath()
	 * @generated
	 */
	void setIconPath(String value);

	/**
	 * Returns the value of the '<em><b>Width Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The width in layout units; computed from the label when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width Expression</em>' attribute.
	 * @see #setWidthExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_WidthExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getWidthExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#getWidthExpression <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width Expression</em>' attribute.
	 * @see #getWidthExpression()
	 * @generated
	 */
	void setWidthExpression(String value);

	/**
	 * Returns the value of the '<em><b>Height Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The height in layout units; computed from the label when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height Expression</em>' attribute.
	 * @see #setHeightExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getNodeStyle_HeightExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getHeightExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.NodeStyle#getHeightExpression <em>Height Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height Expression</em>' attribute.
	 * @see #getHeightExpression()
	 * @generated
	 */
	void setHeightExpression(String value);

} // NodeStyle
