# oracle: seed 89, closed, runs cleanly
import torch.nn

y_0 = torch.randn(1, 3, 6)
layers_0 = [torch.nn.GRU(6, 3), torch.nn.GRU(3, 2), torch.nn.GRU(2, 7)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]

cell_1 = torch.nn.RNNCell(8, 2)
xs_1 = torch.randn(1, 4, 8)
h_1 = torch.zeros(4, 2)
outputs_1 = []
for t in range(1):
    if t == 1:
        break
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
head_1 = torch.nn.Linear(2, 2)(h_1)

cell_2 = torch.nn.RNNCell(input_size=4, hidden_size=6)
h_2 = torch.zeros(6)
t_2 = 0
while t_2 < 0:
    h_2 = cell_2(torch.randn(4), h_2)
    t_2 += 1
