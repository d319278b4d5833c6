# oracle: seed 228, closed, raises RuntimeError at line 22
import torch.nn

cell_0 = torch.nn.GRUCell(input_size=7, hidden_size=7)
h_0 = torch.zeros(2, 7)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(2, 7), h_0)
    t_0 += 1

gru_1 = torch.nn.GRU(2, 3)
x_1 = torch.randn(4, 3, 2)
if x_1.size(-1) == 2:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 3))

gru_2 = torch.nn.GRU(6, 4)
x_2 = torch.randn(4, 3, 12)
if x_2.dim() == 2:
    x_2 = x_2.unsqueeze(1)
out_2, h_2 = gru_2(x_2)

config_3 = {"input_size": 3, "hidden_size": 5, "num_layers": 2}
rnn_3 = torch.nn.GRU(**config_3)
out_3, h_3 = rnn_3(torch.randn(3, 2, config_3["input_size"]))

cell_4 = torch.nn.GRUCell(4, 4, bias=False)
xs_4 = torch.randn(3, 4, 4)
h_4 = torch.zeros(4, 4)
outputs_4 = []
for t in range(xs_4.size(0)):
    if t % 2 == 1:
        continue
    h_4 = cell_4(xs_4[t], h_4)
    outputs_4.append(h_4)
seq_4 = torch.stack(outputs_4, dim=0)
