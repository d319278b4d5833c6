# oracle: seed 148, closed, raises RuntimeError at line 9
import torch
from torch.nn import GRU, GRUCell, RNN

rnn_0 = RNN(5, 2, 3, dropout=0.1, bidirectional=True)
x_0 = torch.randn(2, 5)
hx_0 = torch.zeros(6, 2)
out_0, _ = rnn_0(x_0, hx_0)
y_0 = out_0[-1].view(3)

gru_1 = GRU(5, 5)
x_1 = torch.randn(4, 3, 10)
if x_1.size(-1) == 5:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 6))

cell_2 = GRUCell(input_size=7, hidden_size=4)
h_2 = torch.zeros(4)
t_2 = 0
while t_2 < 2:
    h_2 = cell_2(torch.randn(7), h_2)
    t_2 += 1
z_2 = h_2.unsqueeze(0).squeeze(0)
