# oracle: seed 131, closed, raises RuntimeError at line 18
import torch
from torch import nn
from torch.autograd import Variable

layer_0 = nn.LSTM(2, 3, proj_size=2)

rnn_1 = nn.RNN(3, 5, 1, bidirectional=True)
x_1 = Variable(torch.rand([1, 2, 3]))
out_1, h_1 = rnn_1(x_1)
fc_1 = nn.Linear(10, 3)
logits_1 = fc_1(out_1[-1])

cell_2 = nn.GRUCell(input_size=5, hidden_size=2)
h_2 = torch.zeros(2, 2)
t_2 = 0
while t_2 < 2:
    h_2 = cell_2(torch.randn(2, 7), h_2)
    t_2 += 1
z_2 = h_2.unsqueeze(0).flatten()
