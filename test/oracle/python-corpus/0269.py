# oracle: seed 269, closed, runs cleanly
import torch
from torch import nn

class Model_0(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

device_0 = torch.device("cpu")
model_0 = Model_0(3, 4, 1).to(device_0)
model_0.eval()
with torch.no_grad():
    logits_0 = model_0(torch.randn(4, 3, 3).to(device_0))

cell_1 = nn.GRUCell(input_size=2, hidden_size=3)
h_1 = torch.zeros(2, 3)
t_1 = 0
while t_1 < 4:
    h_1 = cell_1(torch.randn(2, 2), h_1)
    t_1 += 1
z_1 = h_1.unsqueeze(0).squeeze(0)
