# oracle: seed 22, closed, raises RuntimeError at line 10
import torch
from torch.nn import LSTM, LSTMCell, RNNCell

cell_0 = RNNCell(4, 8)
xs_0 = torch.randn(4, 2, 3)
h_0 = torch.zeros(2, 8)
outputs_0 = []
for t in range(xs_0.size(0)):
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)

rnn_1 = LSTM(7, 2, 1, bidirectional=True)
x_1 = torch.randn(4, 7)
hx_1 = (torch.zeros(2, 1, 2), torch.zeros(2, 2))
out_1, _ = rnn_1(x_1, hx_1)
y_1 = out_1[-1].view(4)

cell_2 = RNNCell(input_size=2, hidden_size=2)
h_2 = torch.zeros(2)
t_2 = 0
while t_2 < 2:
    h_2 = cell_2(torch.randn(1), h_2)
    t_2 += 1

cell_3 = LSTMCell(3, 4)
xs_3 = torch.randn(3, 3, 3)
h_3 = torch.zeros(3, 4)
c_3 = torch.zeros(3, 4)
outputs_3 = []
for t in range(len(xs_3)):
    if t == 2:
        break
    h_3, c_3 = cell_3(xs_3[t], (h_3, c_3))
    outputs_3.append(h_3)
seq_3 = torch.stack(outputs_3, dim=0)
