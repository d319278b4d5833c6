// oracle: seed 242, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.RNN(2, 3, { num_layers: 3, batch_first: true });
const b_0 = new nn.RNN({ input_size: 2, hiddenSize: 4, num_layers: 2 });
const oa_0 = apply_0(a_0, torch.rand(2, 3, 2));
const ob_0 = apply_0(b_0, torch.rand(2, 3, 2));

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
const model_1_0 = new Model_1(3, 4, 4);
const logits_1_0 = model_1_0.forward(torch.randn(3, 1, 3));
const model_1_1 = new Model_1(5, 2, 4);
const logits_1_1 = model_1_1.forward(torch.randn(2, 1, 5));
