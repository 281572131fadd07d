package io.lucent.platform.analytics;

import java.util.List;

/**
 * Recognises the columns of common sales and inventory exports by name: Tableau's Superstore (Order Date,
 * Product ID, Product Name, Category, Quantity, Sales, Profit, Customer ID, Order ID), UCI Online Retail
 * (InvoiceDate, StockCode, Description, Quantity, UnitPrice, CustomerID, InvoiceNo, where invoices starting
 * with {@code C} are cancellations) and plain layouts (date, sku, qty, price, revenue, cost).
 */
public final class MappingDetector {

    /** The sales mapping recognised from the column names; unrecognised roles are null. */
    public SalesMapping sales(List<String> columns) {
        ColumnNames names = new ColumnNames(columns);
        String order = names.find("orderid", "orderno", "ordernumber", "invoiceno", "invoice", "invoicenumber", "invoiceid",
                "transactionid", "receiptid");
        boolean invoices = order != null && ColumnNames.normal(order).startsWith("invoice");
        return new SalesMapping(
                names.find("orderdate", "invoicedate", "date", "saledate", "salesdate", "transactiondate", "orderdatetime", "timestamp", "day"),
                names.find("productid", "stockcode", "sku", "itemid", "productcode", "itemcode", "articleid", "product", "item"),
                names.find("productname", "description", "itemname", "productdescription", "articlename", "name", "title"),
                names.find("category", "productcategory", "department", "categoryname", "subcategory", "productgroup"),
                names.find("quantity", "qty", "units", "unitssold", "quantitysold"),
                names.find("unitprice", "price", "saleprice", "unitsaleprice", "priceeach"),
                names.find("sales", "revenue", "amount", "linerevenue", "linetotal", "netsales", "salesamount", "total"),
                names.find("unitcost", "cost", "costprice", "costperunit"),
                names.find("profit", "grossprofit"),
                names.find("customerid", "customer", "customername", "clientid"),
                order,
                invoices ? "C" : null);
    }

    /** The inventory mapping recognised from the column names; unrecognised roles are null. */
    public InventoryMapping inventory(List<String> columns) {
        ColumnNames names = new ColumnNames(columns);
        return new InventoryMapping(
                names.find("productid", "stockcode", "sku", "itemid", "productcode", "itemcode", "product", "item"),
                names.find("stockonhand", "onhand", "stock", "instock", "quantityonhand", "qtyonhand", "inventory", "quantity", "qty"),
                names.find("unitcost", "cost", "costprice", "costperunit"),
                names.find("asof", "asofdate", "date", "stockdate", "countdate"));
    }
}
