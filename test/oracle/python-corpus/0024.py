# oracle: seed 24, open, runs cleanly
import random
import torch
from torch import nn

cell_0 = nn.RNNCell(input_size=5, hidden_size=2)
h_0 = torch.zeros(2, 2)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(2, 5), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).squeeze(0)

lstm_1 = nn.LSTM(6, 4)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 6))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 6))
last_1 = nn.Linear(4, 2)(out_1[-1])

cell_2 = nn.GRUCell(input_size=4, hidden_size=7)
h_2 = torch.zeros(2, 7)
t_2 = 0
while t_2 < 3:
    h_2 = cell_2(torch.randn(2, 4), h_2)
    t_2 += 1

y_3 = torch.randn(4, 2, 6)
stack_3 = nn.ModuleDict({"enc": nn.RNN(6, 3)})
y_3, _ = stack_3["enc"](y_3)
y_3, _ = nn.RNN(3, 3)(y_3)

gru_4 = nn.GRU(8, 7)
x_4 = torch.randn(4, 3, 8)
cell_4 = nn.GRUCell(8, 7)
if x_4.dim() == 3:
    out_4, _ = gru_4(x_4)
else:
    out_4 = cell_4(x_4)
