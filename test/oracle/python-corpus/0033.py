# oracle: seed 33, closed, raises RuntimeError at line 8
import torch
from torch.nn import GRUCell, LSTMCell, Linear, RNN, RNNCell

rnn_0 = RNN(8, 5)
x_0 = torch.randn(5, 8)
hx_0 = torch.zeros(1, 1, 5)
out_0, _ = rnn_0(x_0, hx_0)

cell_1 = LSTMCell(5, 5)
xs_1 = torch.randn(5, 3, 5)
h_1 = torch.zeros(3, 5)
c_1 = torch.zeros(3, 5)
outputs_1 = []
for t in range(xs_1.size(0)):
    if t % 2 == 1:
        continue
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)
head_1 = Linear(5, 2)(h_1)

cell_2 = GRUCell(7, 3)
xs_2 = torch.randn(5, 4, 7)
h_2 = torch.zeros(4, 3)
outputs_2 = []
for t in range(xs_2.size(0)):
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2)

cell_3 = RNNCell(input_size=6, hidden_size=6)
h_3 = torch.zeros(2, 6)
t_3 = 0
while t_3 < 4:
    h_3 = cell_3(torch.randn(2, 6), h_3)
    t_3 += 1
z_3 = h_3.unsqueeze(0).contiguous()
