# oracle: seed 27, closed, raises RuntimeError at line 20
import torch

rnn_0 = torch.nn.RNN(input_size=3, hidden_size=8, batch_first=True)
x_0 = torch.rand(2, 4, 3)
hidden_0 = torch.zeros(1, 2, 8)
out_0, _ = rnn_0(x_0, hidden_0)
fc_0 = torch.nn.Linear(8, 4)
logits_0 = fc_0(out_0[:, -1, :])

y_1 = torch.randn(1, 3, 2)
layers_1 = torch.nn.ModuleList([torch.nn.GRU(2, 7), torch.nn.GRU(7, 5)])
for layer in layers_1:
    y_1, _ = layer(y_1)

cell_2 = torch.nn.RNNCell(input_size=6, hidden_size=3, nonlinearity='relu')
h_2 = torch.zeros(3)
t_2 = 0
while t_2 < 2:
    h_2 = cell_2(torch.randn(12), h_2)
    t_2 += 1
z_2 = h_2.unsqueeze(0).contiguous()
