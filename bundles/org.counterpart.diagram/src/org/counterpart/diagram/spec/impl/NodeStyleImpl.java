/**
 */
package org.counterpart.diagram.spec.impl;

import org.counterpart.diagram.spec.NodeShape;
import org.counterpart.diagram.spec.NodeStyle;
import org.counterpart.diagram.spec.SpecPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#getShape <em>Shape</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#getBackgroundColor <em>Background Color</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#getForegroundColor <em>Foreground Color</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#getBorderSize <em>Border Size</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#getLabelSize <em>Label Size</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#isLabelBold <em>Label Bold</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#isLabelItalic <em>Label Italic</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#getIconPath <em>Icon Path</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#getWidthExpression <em>Width Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.NodeStyleImpl#getHeightExpression <em>Height Expression</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeStyleImpl extends EObjectImpl implements NodeStyle {
	/**
	 * The default value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected static final NodeShape SHAPE_EDEFAULT = NodeShape.ROUNDED_RECTANGLE;

	/**
	 * The cached value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected NodeShape shape = SHAPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackgroundColor() <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackgroundColor()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKGROUND_COLOR_EDEFAULT = "#ffffff"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getBackgroundColor() <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackgroundColor()
	 * @generated
	 * @ordered
	 */
	protected String backgroundColor = BACKGROUND_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getForegroundColor() <em>Foreground Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForegroundColor()
	 * @generated
	 * @ordered
	 */
	protected static final String FOREGROUND_COLOR_EDEFAULT = "#000000"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getForegroundColor() <em>Foreground Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForegroundColor()
	 * @generated
	 * @ordered
	 */
	protected String foregroundColor = FOREGROUND_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBorderColor() <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderColor()
	 * @generated
	 * @ordered
	 */
	protected static final String BORDER_COLOR_EDEFAULT = "#404040"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getBorderColor() <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderColor()
	 * @generated
	 * @ordered
	 */
	protected String borderColor = BORDER_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBorderSize() <em>Border Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BORDER_SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getBorderSize() <em>Border Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderSize()
	 * @generated
	 * @ordered
	 */
	protected int borderSize = BORDER_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelSize() <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSize()
	 * @generated
	 * @ordered
	 */
	protected static final int LABEL_SIZE_EDEFAULT = 9;

	/**
	 * The cached value of the '{@link #getLabelSize() <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSize()
	 * @generated
	 * @ordered
	 */
	protected int labelSize = LABEL_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isLabelBold() <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabelBold()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LABEL_BOLD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLabelBold() <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabelBold()
	 * @generated
	 * @ordered
	 */
	protected boolean labelBold = LABEL_BOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #isLabelItalic() <em>Label Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabelItalic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LABEL_ITALIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLabelItalic() <em>Label Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabelItalic()
	 * @generated
	 * @ordered
	 */
	protected boolean labelItalic = LABEL_ITALIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getIconPath() <em>Icon Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIconPath()
	 * @generated
	 * @ordered
	 */
	protected static final String ICON_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIconPath() <em>Icon Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIconPath()
	 * @generated
	 * @ordered
	 */
	protected String iconPath = ICON_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidthExpression() <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String WIDTH_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWidthExpression() <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthExpression()
	 * @generated
	 * @ordered
	 */
	protected String widthExpression = WIDTH_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeightExpression() <em>Height Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String HEIGHT_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeightExpression() <em>Height Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightExpression()
	 * @generated
	 * @ordered
	 */
	protected String heightExpression = HEIGHT_EXPRESSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeStyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.NODE_STYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeShape getShape() {
		return shape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShape(NodeShape newShape) {
		NodeShape oldShape = shape;
		shape = newShape == null ? SHAPE_EDEFAULT : newShape;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__SHAPE, oldShape, shape));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackgroundColor() {
		return backgroundColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackgroundColor(String newBackgroundColor) {
		String oldBackgroundColor = backgroundColor;
		backgroundColor = newBackgroundColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__BACKGROUND_COLOR, oldBackgroundColor, backgroundColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getForegroundColor() {
		return foregroundColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForegroundColor(String newForegroundColor) {
		String oldForegroundColor = foregroundColor;
		foregroundColor = newForegroundColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__FOREGROUND_COLOR, oldForegroundColor, foregroundColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBorderColor() {
		return borderColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderColor(String newBorderColor) {
		String oldBorderColor = borderColor;
		borderColor = newBorderColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__BORDER_COLOR, oldBorderColor, borderColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBorderSize() {
		return borderSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderSize(int newBorderSize) {
		int oldBorderSize = borderSize;
		borderSize = newBorderSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__BORDER_SIZE, oldBorderSize, borderSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLabelSize() {
		return labelSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelSize(int newLabelSize) {
		int oldLabelSize = labelSize;
		labelSize = newLabelSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__LABEL_SIZE, oldLabelSize, labelSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLabelBold() {
		return labelBold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelBold(boolean newLabelBold) {
		boolean oldLabelBold = labelBold;
		labelBold = newLabelBold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__LABEL_BOLD, oldLabelBold, labelBold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLabelItalic() {
		return labelItalic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelItalic(boolean newLabelItalic) {
		boolean oldLabelItalic = labelItalic;
		labelItalic = newLabelItalic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__LABEL_ITALIC, oldLabelItalic, labelItalic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIconPath() {
		return iconPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIconPath(String newIconPath) {
		String oldIconPath = iconPath;
		iconPath = newIconPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__ICON_PATH, oldIconPath, iconPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWidthExpression() {
		return widthExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidthExpression(String newWidthExpression) {
		String oldWidthExpression = widthExpression;
		widthExpression = newWidthExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__WIDTH_EXPRESSION, oldWidthExpression, widthExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeightExpression() {
		return heightExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeightExpression(String newHeightExpression) {
		String oldHeightExpression = heightExpression;
		heightExpression = newHeightExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.NODE_STYLE__HEIGHT_EXPRESSION, oldHeightExpression, heightExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecPackage.NODE_STYLE__SHAPE:
				return getShape();
			case SpecPackage.NODE_STYLE__BACKGROUND_COLOR:
				return getBackgroundColor();
			case SpecPackage.NODE_STYLE__FOREGROUND_COLOR:
				return getForegroundColor();
			case SpecPackage.NODE_STYLE__BORDER_COLOR:
				return getBorderColor();
			case SpecPackage.NODE_STYLE__BORDER_SIZE:
				return getBorderSize();
			case SpecPackage.NODE_STYLE__LABEL_SIZE:
				return getLabelSize();
			case SpecPackage.NODE_STYLE__LABEL_BOLD:
				return isLabelBold();
			case SpecPackage.NODE_STYLE__LABEL_ITALIC:
				return isLabelItalic();
			case SpecPackage.NODE_STYLE__ICON_PATH:
				return getIconPath();
			case SpecPackage.NODE_STYLE__WIDTH_EXPRESSION:
				return getWidthExpression();
			case SpecPackage.NODE_STYLE__HEIGHT_EXPRESSION:
				return getHeightExpression();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpecPackage.NODE_STYLE__SHAPE:
				setShape((NodeShape)newValue);
				return;
			case SpecPackage.NODE_STYLE__BACKGROUND_COLOR:
				setBackgroundColor((String)newValue);
				return;
			case SpecPackage.NODE_STYLE__FOREGROUND_COLOR:
				setForegroundColor((String)newValue);
				return;
			case SpecPackage.NODE_STYLE__BORDER_COLOR:
				setBorderColor((String)newValue);
				return;
			case SpecPackage.NODE_STYLE__BORDER_SIZE:
				setBorderSize((Integer)newValue);
				return;
			case SpecPackage.NODE_STYLE__LABEL_SIZE:
				setLabelSize((Integer)newValue);
				return;
			case SpecPackage.NODE_STYLE__LABEL_BOLD:
				setLabelBold((Boolean)newValue);
				return;
			case SpecPackage.NODE_STYLE__LABEL_ITALIC:
				setLabelItalic((Boolean)newValue);
				return;
			case SpecPackage.NODE_STYLE__ICON_PATH:
				setIconPath((String)newValue);
				return;
			case SpecPackage.NODE_STYLE__WIDTH_EXPRESSION:
				setWidthExpression((String)newValue);
				return;
			case SpecPackage.NODE_STYLE__HEIGHT_EXPRESSION:
				setHeightExpression((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SpecPackage.NODE_STYLE__SHAPE:
				setShape(SHAPE_EDEFAULT);
				return;
			case SpecPackage.NODE_STYLE__BACKGROUND_COLOR:
				setBackgroundColor(BACKGROUND_COLOR_EDEFAULT);
				return;
			case SpecPackage.NODE_STYLE__FOREGROUND_COLOR:
				setForegroundColor(FOREGROUND_COLOR_EDEFAULT);
				return;
			case SpecPackage.NODE_STYLE__BORDER_COLOR:
				setBorderColor(BORDER_COLOR_EDEFAULT);
				return;
			case SpecPackage.NODE_STYLE__BORDER_SIZE:
				setBorderSize(BORDER_SIZE_EDEFAULT);
				return;
			case SpecPackage.NODE_STYLE__LABEL_SIZE:
				setLabelSize(LABEL_SIZE_EDEFAULT);
				return;
			case SpecPackage.NODE_STYLE__LABEL_BOLD:
				setLabelBold(LABEL_BOLD_EDEFAULT);
				return;
			case SpecPackage.NODE_STYLE__LABEL_ITALIC:
				setLabelItalic(LABEL_ITALIC_EDEFAULT);
				return;
			case SpecPackage.NODE_STYLE__ICON_PATH:
				setIconPath(ICON_PATH_EDEFAULT);
				return;
			case SpecPackage.NODE_STYLE__WIDTH_EXPRESSION:
				setWidthExpression(WIDTH_EXPRESSION_EDEFAULT);
				return;
			case SpecPackage.NODE_STYLE__HEIGHT_EXPRESSION:
				setHeightExpression(HEIGHT_EXPRESSION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SpecPackage.NODE_STYLE__SHAPE:
				return shape != SHAPE_EDEFAULT;
			case SpecPackage.NODE_STYLE__BACKGROUND_COLOR:
				return BACKGROUND_COLOR_EDEFAULT == null ? backgroundColor != null : !BACKGROUND_COLOR_EDEFAULT.equals(backgroundColor);
			case SpecPackage.NODE_STYLE__FOREGROUND_COLOR:
				return FOREGROUND_COLOR_EDEFAULT == null ? foregroundColor != null : !FOREGROUND_COLOR_EDEFAULT.equals(foregroundColor);
			case SpecPackage.NODE_STYLE__BORDER_COLOR:
				return BORDER_COLOR_EDEFAULT == null ? borderColor != null : !BORDER_COLOR_EDEFAULT.equals(borderColor);
			case SpecPackage.NODE_STYLE__BORDER_SIZE:
				return borderSize != BORDER_SIZE_EDEFAULT;
			case SpecPackage.NODE_STYLE__LABEL_SIZE:
				return labelSize != LABEL_SIZE_EDEFAULT;
			case SpecPackage.NODE_STYLE__LABEL_BOLD:
				return labelBold != LABEL_BOLD_EDEFAULT;
			case SpecPackage.NODE_STYLE__LABEL_ITALIC:
				return labelItalic != LABEL_ITALIC_EDEFAULT;
			case SpecPackage.NODE_STYLE__ICON_PATH:
				return ICON_PATH_EDEFAULT == null ? iconPath != null : !ICON_PATH_EDEFAULT.equals(iconPath);
			case SpecPackage.NODE_STYLE__WIDTH_EXPRESSION:
				return WIDTH_EXPRESSION_EDEFAULT == null ? widthExpression != null : !WIDTH_EXPRESSION_EDEFAULT.equals(widthExpression);
			case SpecPackage.NODE_STYLE__HEIGHT_EXPRESSION:
				return HEIGHT_EXPRESSION_EDEFAULT == null ? heightExpression != null : !HEIGHT_EXPRESSION_EDEFAULT.equals(heightExpression);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (shape: "); //$NON-NLS-1$
		result.append(shape);
		result.append(", backgroundColor: "); //$NON-NLS-1$
		result.append(backgroundColor);
		result.append(", foregroundColor: "); //$NON-NLS-1$
		result.append(foregroundColor);
		result.append(", borderColor: "); //$NON-NLS-1$
		result.append(borderColor);
		result.append(", borderSize: "); //$NON-NLS-1$
		result.append(borderSize);
		result.append(", labelSize: "); //$NON-NLS-1$
		result.append(labelSize);
		result.append(", labelBold: "); //$NON-NLS-1$
		result.append(labelBold);
		result.append(", labelItalic: "); //$NON-NLS-1$
		result.append(labelItalic);
		result.append(", iconPath: "); //$NON-NLS-1$
		result.append(iconPath);
		result.append(", widthExpression: "); //$NON-NLS-1$
		result.append(widthExpression);
		result.append(", heightExpression: "); //$NON-NLS-1$
		result.append(heightExpression);
		result.append(')');
		return result.toString();
	}

} //NodeStyleImpl
