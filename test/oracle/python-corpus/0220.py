# oracle: seed 220, open, runs cleanly
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(7, 3)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 7))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 7))
last_0 = nn.Linear(3, 2)(out_0[-1])

y_1 = torch.randn(3, 2, 2)
layers_1 = nn.ModuleList([nn.RNN(2, 6), nn.RNN(6, 2)])
for layer in layers_1:
    y_1, _ = layer(y_1)
z_1 = nn.Linear(2, 3)(y_1)

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_2 = Model_2(2, 3, 2)
logits_2 = model_2(torch.ones(3, 2, 2))

cell_3 = nn.GRUCell(input_size=7, hidden_size=4)
h_3 = torch.zeros(2, 4)
t_3 = 0
while t_3 < 4:
    h_3 = cell_3(torch.randn(2, 7), h_3)
    t_3 += 1
z_3 = h_3.unsqueeze(0).flatten()
