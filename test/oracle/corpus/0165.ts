// oracle: seed 165, closed, raises at 23: input.size(-1) must be equal to input_size. Expected 4, got 6
const { torch, nn } = require("rnnlens");

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new nn.GRU(6, 5));
const y_0 = step_0(torch.randn(2, 2, 6));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

class Model_1 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(4, 2, 3);
const logits_1_0 = model_1_0.forward(torch.randn(1, 2, 6));
const model_1_1 = new Model_1(7, 2, 2);
const logits_1_1 = model_1_1.forward(torch.randn(2, 4, 6));
