# oracle: seed 48, closed, raises RuntimeError at line 11
import torch.nn

cell_0 = torch.nn.RNNCell(5, 7)
xs_0 = torch.randn(3, 1, 5)
h_0 = torch.zeros(1, 9)
outputs_0 = []
for t in range(len(xs_0)):
    if t == 1:
        break
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
head_0 = torch.nn.Linear(7, 2)(h_0)

rnn_1 = torch.nn.GRU(8, 2, 3, batch_first=True)
x_1 = torch.ones([2, 1, 8])
batch_1 = x_1.size()[0]
h0_1 = torch.zeros(3, batch_1, 2)
out_1, hn_1 = rnn_1(x_1, h0_1)
assert out_1.dim() == 3
