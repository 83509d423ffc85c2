package org.cseprotocol.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda 7.24 Tasklist in a browser, as a practitioner uses it: log in, open a task, claim it, fill its Camunda
 * Form and complete it. Form fields are found by their component id in the {@code .form} file, which form-js puts
 * at the end of each input's id ({@code fjs-form-<random>-Field_ragRating-0} for the first choice).
 */
class TasklistPage {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final By FORM = By.cssSelector(".task-details .fjs-form");
    private static final By COMPLETE = By.cssSelector(".task-details .form-actions button.btn-primary");
    private static final By NOTICE_CLOSE = By.cssSelector(".page-notifications .alert button.close");
    private static final By SAVE = By.cssSelector(".task-details .form-actions button[ng-click^='save(']");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String tasklistUrl;

    TasklistPage(ChromeDriver driver, int port) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT);
        this.tasklistUrl = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    /** Logs in through Tasklist's login form, after ending any earlier session. */
    void logIn(String userId, String password) {
        driver.manage().deleteAllCookies();
        driver.get(tasklistUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        driver.findElement(By.cssSelector("input[ng-model=username]")).sendKeys(userId);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
    }

    /** Opens the task by its URL and waits until its form shows the field, or a choice of it. */
    void openTask(String taskId, String componentId) {
        driver.get(tasklistUrl + "#/?task=" + taskId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(FORM));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id*='-" + componentId + "']")));
    }

    void claim() {
        driver.findElement(By.cssSelector(".task-details button.claim")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-details button.claim")));
    }

    String formText() {
        return driver.findElement(FORM).getText();
    }

    /** Ticks a checkbox or picks a radio choice, by its component id and the option's position from 0. */
    void choose(String componentId, int option) {
        By input = By.cssSelector("[id$='-" + componentId + "-" + option + "']");
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(input));
        scrollTo(element);
        element.click();
        wait.until(ExpectedConditions.elementSelectionStateToBe(input, true));
    }

    /** Ticks a single checkbox, whose input id is the component id without a position. */
    void tick(String componentId) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field(componentId)));
        scrollTo(element);
        element.click();
        wait.until(ExpectedConditions.elementSelectionStateToBe(field(componentId), true));
    }

    void type(String componentId, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field(componentId)));
        scrollTo(element);
        element.sendKeys(text);
    }

    void complete() {
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
        scrollTo(complete);
        complete.click();
    }

    String fieldValue(String componentId) {
        return driver.findElement(field(componentId)).getDomProperty("value");
    }

    boolean isSaveButtonShown() {
        return driver.findElement(SAVE).isDisplayed();
    }

    /**
     * Clicks the hidden Save button from script, as Tasklist's own session-expiry handler saves a draft without a
     * click. The button is enabled once the form has changed.
     */
    void saveDraftAnyway() {
        WebElement save = driver.findElement(SAVE);
        wait.until(page -> save.isEnabled());
        driver.executeScript("arguments[0].click();", save);
    }

    /** Leaves the task for the empty task list, as a user does who closes the task without completing it. */
    void leaveTask() {
        driver.get(tasklistUrl + "#/");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(FORM));
    }

    @SuppressWarnings("unchecked")
    Map<String, String> localStorage() {
        return (Map<String, String>) driver.executeScript("return Object.fromEntries(Object.entries(localStorage));");
    }

    /**
     * Saves a screenshot of the whole task form. The task column scrolls inside a window-high layout, so the window
     * grows by the height the column overflows until nothing overflows, then shrinks back. Notices that Tasklist
     * shows over the form, such as the next task assigned after a completion, are closed first.
     */
    void screenshotOfForm(Path file) throws IOException {
        for (WebElement close : driver.findElements(NOTICE_CLOSE)) {
            driver.executeScript("arguments[0].click();", close);
        }
        wait.until(page -> driver.findElements(NOTICE_CLOSE).stream().noneMatch(WebElement::isDisplayed));
        Dimension size = driver.manage().window().getSize();
        wait.until(page -> {
            Number overflow = (Number) driver.executeScript("const content = document.querySelector("
                    + "'.task-details .content'); return content.scrollHeight - content.clientHeight;");
            if (overflow.intValue() <= 0) {
                return true;
            }
            Dimension current = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(current.getWidth(),
                    current.getHeight() + overflow.intValue() + 40));
            return false;
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(size);
    }

    /** Saves the page's HTML, a screenshot and the browser's console log into the folder, as far as it can. */
    static void saveDiagnostics(ChromeDriver driver, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("page.html"), driver.getPageSource());
            Files.write(folder.resolve("page.png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.write(folder.resolve("console.log"), driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(Object::toString).toList());
        } catch (IOException | WebDriverException e) {
            System.err.println("Failed to save the browser's state after a failed test: " + e);
        }
    }

    private static By field(String componentId) {
        return By.cssSelector("[id$='-" + componentId + "']");
    }

    private void scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
