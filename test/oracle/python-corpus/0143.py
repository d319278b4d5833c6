# oracle: seed 143, open, runs cleanly
import random
import torch.nn

lstm_0 = torch.nn.LSTM(5, 4)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 5))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 5))
last_0 = torch.nn.Linear(4, 2)(out_0[-1])

cell_1 = torch.nn.RNNCell(input_size=7, hidden_size=6, nonlinearity='relu')
h_1 = torch.zeros(2, 6)
t_1 = 0
while t_1 < 2:
    h_1 = cell_1(torch.randn(2, 7), h_1)
    t_1 += 1

def build_2():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(3, 2)

fake_2 = build_2()
y_2, _ = fake_2(torch.randn(2, 3, 8), torch.zeros(9, 9))

cell_3 = torch.nn.GRUCell(5, 2, bias=False)
xs_3 = torch.randn(4, 4, 5)
h_3 = torch.zeros(4, 2)
outputs_3 = []
for t in range(4):
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)
seq_3 = torch.stack(outputs_3, dim=0)
