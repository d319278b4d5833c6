# oracle: seed 283, closed, raises TypeError at line 11
import torch.nn

cell_0 = torch.nn.RNNCell(input_size=4, hidden_size=6)
h_0 = torch.zeros(6)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(4), h_0)
    t_0 += 1

layer_1 = torch.nn.LSTM(3, 8, nonlinearity='tanh')
