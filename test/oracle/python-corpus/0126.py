# oracle: seed 126, closed, raises RuntimeError at line 21
import torch
from torch.nn import LSTM, Linear, Module, RNN, RNNCell

cell_0 = RNNCell(input_size=4, hidden_size=6)
h_0 = torch.zeros(2, 6)
t_0 = 0
while t_0 < 3:
    h_0 = cell_0(torch.randn(2, 4), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).flatten()

rnn_1 = RNN(4, 8, 2, True, False, bidirectional=False)
x_1 = torch.randn(1, 4)
hx_1 = torch.zeros(2, 8)
out_1, _ = rnn_1(x_1, hx_1)
y_1 = out_1[-1].view(8)

lstm_2 = LSTM(3, 5, 1)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 4, 3))
r_2_0 = out_2.permute(1, 0)
r_2_1 = out_2.flatten(0, 1)

cell_3 = RNNCell(2, 7)
xs_3 = torch.randn(4, 2, 2)
h_3 = torch.zeros(2, 7)
outputs_3 = []
for t in range(4):
    if t % 2 == 1:
        continue
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)
head_3 = Linear(7, 2)(h_3)

class Model_4(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

device_4 = torch.device("cpu")
model_4 = Model_4(5, 4, 2).to(device_4)
model_4.eval()
with torch.no_grad():
    logits_4 = model_4(torch.zeros(1, 1, 10).to(device_4))
