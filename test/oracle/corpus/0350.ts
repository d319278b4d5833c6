// oracle: seed 350, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 4, got 8
import { torch, nn } from "rnnlens";

const maybe_0 = new nn.RNN(4, 5);
maybe_0?.forward(torch.randn(3, 1, 8));

const m_1 = new nn.GRU(6, 6);
it("runs the layer", () => {
  m_1.forward(torch.randn(2, 3, 6));
});

const m_2 = new nn.GRU(6, 2);
const x_2 = torch.zeros(3, 1, 6);
const [out_2, st_2] = m_2.forward(x_2, torch.ones(1, 1, 2));
const head_2 = new nn.Linear(2, 3);
const y_2 = head_2.forward(out_2);
const n_2 = out_2.size(1) * st_2.size(0);
